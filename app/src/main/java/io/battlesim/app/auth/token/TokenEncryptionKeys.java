package io.battlesim.app.auth.token;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the AES-256 key that seals TikTok tokens: the configured {@code app.security.token-encryption-key}
 * when set, otherwise {@code token-encryption.key} in the data directory, generated on first run and
 * readable and writable by its owner only.
 */
public final class TokenEncryptionKeys {

    static final String KEY_FILE_NAME = "token-encryption.key";
    static final String PROPERTY = "app.security.token-encryption-key";
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Logger log = LoggerFactory.getLogger(TokenEncryptionKeys.class);

    private TokenEncryptionKeys() {}

    /**
     * Returns the 32 key bytes.
     *
     * @throws InvalidTokenKeyException when the configured or stored key is not base64 of 32 bytes, or the
     *     key file cannot be read or created
     */
    public static byte[] resolve(@Nullable String configuredKey, Path dataDir) {
        Objects.requireNonNull(dataDir, "dataDir must not be null");
        if (configuredKey != null && !configuredKey.isBlank()) {
            log.info("Token encryption key: from {}", PROPERTY);
            return decode(configuredKey, "The value of " + PROPERTY, "Set " + PROPERTY + " (TOKEN_ENCRYPTION_KEY)");
        }
        Path file = dataDir.resolve(KEY_FILE_NAME).toAbsolutePath();
        try {
            if (Files.notExists(file)) {
                return generate(file);
            }
            log.info("Token encryption key: from {}", file);
            return decode(
                    Files.readString(file, StandardCharsets.US_ASCII),
                    "The key file " + file,
                    "Restore the original key file, or set " + PROPERTY);
        } catch (IOException e) {
            throw new InvalidTokenKeyException(
                    "The token encryption key file " + file + " cannot be read or created: " + e.getMessage(),
                    "Make " + dataDir.toAbsolutePath() + " writable (app.data-dir, APP_DATA_DIR), or set " + PROPERTY
                            + " (TOKEN_ENCRYPTION_KEY) to base64 of 32 random bytes.",
                    e);
        }
    }

    private static byte[] generate(Path file) throws IOException {
        byte[] key = new byte[TokenCipher.KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Files.createDirectories(file.getParent());
        try {
            createOwnerOnly(file);
        } catch (FileAlreadyExistsException raced) {
            return decode(Files.readString(file, StandardCharsets.US_ASCII), "The key file " + file, "Retry");
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
        log.info("Token encryption key: generated into {} (owner read/write only)", file);
        return key;
    }

    private static void createOwnerOnly(Path file) throws IOException {
        try {
            FileAttribute<Set<PosixFilePermission>> ownerOnly = PosixFilePermissions.asFileAttribute(OWNER_ONLY);
            Files.createFile(file, ownerOnly);
            // The umask may have narrowed the requested mode; set it exactly.
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
            var io = file.toFile();
            boolean restricted = io.setReadable(false, false)
                    && io.setReadable(true, true)
                    && io.setWritable(false, false)
                    && io.setWritable(true, true);
            if (!restricted) {
                log.warn("Could not restrict {} to its owner on this file system", file);
            }
        }
    }

    private static byte[] decode(String text, String source, String action) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            key = tryBase64Url(text.strip());
            if (key == null) {
                throw new InvalidTokenKeyException(
                        source + " is not valid base64.", action + " to base64 of 32 random bytes.", null);
            }
        }
        if (key.length != TokenCipher.KEY_BYTES) {
            throw new InvalidTokenKeyException(
                    source + " decodes to " + key.length + " bytes; AES-256 needs exactly " + TokenCipher.KEY_BYTES
                            + ".",
                    action + " to base64 of 32 random bytes, e.g. the output of `openssl rand -base64 32`.",
                    null);
        }
        return key;
    }

    private static byte @Nullable [] tryBase64Url(String text) {
        try {
            return Base64.getUrlDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
