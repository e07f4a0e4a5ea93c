package io.battlesim.app.battle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Battle ids, overlay tokens and ingest keys. An ingest key is an HMAC of the battle id under a secret of the app,
 * so the owner's page can show it again while the database keeps only its SHA-256.
 */
final class BattleSecrets {

    static final String SECRET_FILE = "battle-ingest.key";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
    private static final char[] ID_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

    private final SecretKeySpec secret;

    BattleSecrets(byte[] secret) {
        if (secret.length < 16) {
            throw new IllegalArgumentException("the ingest key secret must have at least 16 bytes");
        }
        this.secret = new SecretKeySpec(secret.clone(), "HmacSHA256");
    }

    /** The configured Base64 secret, or the one in {@code dataDir}, generated (owner-only) on first use. */
    static BattleSecrets load(String configured, Path dataDir) {
        if (!configured.isBlank()) {
            return new BattleSecrets(Base64.getDecoder().decode(configured.strip()));
        }
        Path file = dataDir.resolve(SECRET_FILE);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dataDir);
                byte[] generated = new byte[32];
                RANDOM.nextBytes(generated);
                Path temp = Files.createTempFile(dataDir, SECRET_FILE, ".tmp");
                restrict(temp);
                Files.writeString(temp, Base64.getEncoder().encodeToString(generated));
                Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            return new BattleSecrets(
                    Base64.getDecoder().decode(Files.readString(file).strip()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create " + file, e);
        }
    }

    /** A new battle id: 16 characters of an unambiguous lower-case alphabet. */
    static String newBattleId() {
        char[] id = new char[16];
        for (int i = 0; i < id.length; i++) {
            id[i] = ID_ALPHABET[RANDOM.nextInt(ID_ALPHABET.length)];
        }
        return new String(id);
    }

    /** A new unguessable overlay token (256 random bits, URL-safe). */
    static String newOverlayToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return URL.encodeToString(bytes);
    }

    /** The battle's ingest key. */
    String ingestKey(String battleId) {
        Objects.requireNonNull(battleId, "battleId must not be null");
        return "ik_" + URL.encodeToString(mac(battleId));
    }

    private byte[] mac(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    /**
     * The control token of a battle without an owner: whoever created it anonymously holds it and alone may start,
     * end and boost it. Derived like the ingest key but from a different message, so neither gives the other.
     */
    String controlToken(String battleId) {
        Objects.requireNonNull(battleId, "battleId must not be null");
        return "ct_" + URL.encodeToString(mac("control:" + battleId));
    }

    /**
     * A viewer's signed id for the viewer cookie: {@code <id>.<mac>}, so a viewer cannot mint ids of their own and
     * every id the app counts votes for was handed out by it. Derived from another message than the battle keys.
     */
    String viewerToken(String viewerId) {
        Objects.requireNonNull(viewerId, "viewerId must not be null");
        return viewerId + "." + URL.encodeToString(mac("viewer:" + viewerId));
    }

    /** The viewer id a token from {@link #viewerToken} carries, or null when it is not one (checked in constant time). */
    @Nullable
    String viewerIdOf(String token) {
        int dot = token.indexOf('.');
        if (dot <= 0 || dot > 64) {
            return null;
        }
        String id = token.substring(0, dot);
        return sameSecret(viewerToken(id), token) ? id : null;
    }

    /** Whether {@code presented} is {@code expected}, in constant time. */
    static boolean sameSecret(String expected, String presented) {
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }

    /** Hex SHA-256 of a key, as stored. */
    static String hash(String key) {
        return HexFormat.of().formatHex(sha256(key));
    }

    /** Whether {@code presented} hashes to {@code storedHash}, in constant time. */
    static boolean matches(String storedHash, String presented) {
        byte[] expected = HexFormat.of().parseHex(storedHash);
        return MessageDigest.isEqual(expected, sha256(presented));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): the directory's own permissions apply
        }
    }
}
