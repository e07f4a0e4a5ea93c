package io.battlesim.tiktok.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A PKCE verifier and its S256 challenge in the chosen encoding; keep the verifier secret until the code exchange.
 *
 * @param verifier 43 to 128 characters from {@code [A-Za-z0-9-._~]}, never null
 * @param challenge the S256 challenge of {@code verifier} in {@code encoding}, never null
 * @param encoding how the challenge is encoded, never null
 */
public record Pkce(String verifier, String challenge, PkceEncoding encoding) {

    /** The only challenge method TikTok accepts. */
    public static final String METHOD = "S256";

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
    private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9\\-._~]{43,128}");
    private static final int GENERATED_LENGTH = 64;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Validates that the challenge really is the encoded S256 of the verifier. */
    public Pkce {
        Objects.requireNonNull(verifier, "verifier must not be null");
        Objects.requireNonNull(challenge, "challenge must not be null");
        Objects.requireNonNull(encoding, "encoding must not be null");
        if (!VERIFIER.matcher(verifier).matches()) {
            throw new IllegalArgumentException("verifier must be 43 to 128 characters from [A-Za-z0-9-._~]");
        }
        if (!challenge.equals(challengeOf(verifier, encoding))) {
            throw new IllegalArgumentException("challenge does not match the verifier for encoding " + encoding);
        }
    }

    /** Creates a fresh pair with a 64-character verifier from a {@link SecureRandom}. */
    public static Pkce generate(PkceEncoding encoding) {
        Objects.requireNonNull(encoding, "encoding must not be null");
        StringBuilder verifier = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            verifier.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return of(verifier.toString(), encoding);
    }

    /** Computes the challenge for a known verifier, for example one restored from the HTTP session. */
    public static Pkce of(String verifier, PkceEncoding encoding) {
        Objects.requireNonNull(verifier, "verifier must not be null");
        Objects.requireNonNull(encoding, "encoding must not be null");
        return new Pkce(verifier, challengeOf(verifier, encoding), encoding);
    }

    /** The {@code code_challenge_method} to send, always {@code S256}. */
    public String method() {
        return METHOD;
    }

    private static String challengeOf(String verifier, PkceEncoding encoding) {
        byte[] digest = sha256(verifier.getBytes(StandardCharsets.US_ASCII));
        return switch (encoding) {
            case HEX -> HexFormat.of().formatHex(digest);
            case BASE64URL -> Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        };
    }

    private static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    @Override
    public String toString() {
        return "Pkce[verifier=" + Secrets.mask(verifier) + ", challenge=" + challenge + ", encoding=" + encoding + "]";
    }
}
