package io.battlesim.app.auth.token;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals short secrets (TikTok tokens) with AES-256-GCM. A sealed value is {@code base64(version || nonce ||
 * ciphertext+tag)} with a fresh random 12-byte nonce per value; the associated data (who owns the value and
 * which column it lives in) is authenticated but not stored, so a value copied to another row fails to open.
 */
public final class TokenCipher {

    static final int KEY_BYTES = 32;
    private static final byte FORMAT_VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";

    private final SecretKey key;
    private final SecureRandom random;

    public TokenCipher(byte[] key) {
        this(key, new SecureRandom());
    }

    TokenCipher(byte[] key, SecureRandom random) {
        Objects.requireNonNull(key, "key must not be null");
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("key must be " + KEY_BYTES + " bytes but was " + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
        this.random = Objects.requireNonNull(random, "random must not be null");
    }

    /** Encrypts {@code plaintext}, binding it to {@code associatedData}. */
    public String seal(String plaintext, String associatedData) {
        Objects.requireNonNull(plaintext, "plaintext must not be null");
        Objects.requireNonNull(associatedData, "associatedData must not be null");
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] ciphertext = run(Cipher.ENCRYPT_MODE, nonce, associatedData, plaintext.getBytes(StandardCharsets.UTF_8));
        ByteBuffer sealed = ByteBuffer.allocate(1 + NONCE_BYTES + ciphertext.length);
        sealed.put(FORMAT_VERSION).put(nonce).put(ciphertext);
        return Base64.getEncoder().encodeToString(sealed.array());
    }

    /**
     * Decrypts a value made by {@link #seal}.
     *
     * @throws TokenDecryptionException when the value was altered, made with another key or for other
     *     associated data
     */
    public String open(String sealed, String associatedData) {
        Objects.requireNonNull(sealed, "sealed must not be null");
        Objects.requireNonNull(associatedData, "associatedData must not be null");
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(sealed);
        } catch (IllegalArgumentException e) {
            throw new TokenDecryptionException("sealed value is not base64", e);
        }
        if (bytes.length < 1 + NONCE_BYTES + TAG_BITS / 8 || bytes[0] != FORMAT_VERSION) {
            throw new TokenDecryptionException("sealed value has an unknown format", null);
        }
        byte[] nonce = new byte[NONCE_BYTES];
        System.arraycopy(bytes, 1, nonce, 0, NONCE_BYTES);
        byte[] ciphertext = new byte[bytes.length - 1 - NONCE_BYTES];
        System.arraycopy(bytes, 1 + NONCE_BYTES, ciphertext, 0, ciphertext.length);
        return new String(run(Cipher.DECRYPT_MODE, nonce, associatedData, ciphertext), StandardCharsets.UTF_8);
    }

    private byte[] run(int mode, byte[] nonce, String associatedData, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new TokenDecryptionException("sealed value failed authentication", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    @Override
    public String toString() {
        return "TokenCipher[AES-256-GCM, key hidden]";
    }
}
