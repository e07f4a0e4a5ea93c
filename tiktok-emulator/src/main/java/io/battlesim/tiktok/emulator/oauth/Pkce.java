package io.battlesim.tiktok.emulator.oauth;

import io.battlesim.tiktok.emulator.PkceMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** PKCE S256 in both of TikTok's encodings: lowercase hex (its documented quirk) and RFC 7636 base64url. */
final class Pkce {

    private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9\\-._~]{43,128}");
    private static final Pattern HEX_CHALLENGE = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern BASE64URL_CHALLENGE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private Pkce() {}

    static boolean wellFormedChallenge(String challenge, PkceMode mode) {
        return switch (mode) {
            case HEX -> HEX_CHALLENGE.matcher(challenge).matches();
            case BASE64URL -> BASE64URL_CHALLENGE.matcher(challenge).matches();
            case LENIENT ->
                wellFormedChallenge(challenge, PkceMode.HEX) || wellFormedChallenge(challenge, PkceMode.BASE64URL);
        };
    }

    static String expectedFormat(PkceMode mode) {
        return switch (mode) {
            case HEX -> "64 lowercase hex characters (hex SHA-256 of the code_verifier)";
            case BASE64URL -> "43 base64url characters (RFC 7636 S256)";
            case LENIENT -> "64 lowercase hex or 43 base64url characters";
        };
    }

    static boolean verifies(@Nullable String verifier, String challenge, PkceMode mode) {
        if (verifier == null || !VERIFIER.matcher(verifier).matches()) {
            return false;
        }
        byte[] digest = sha256(verifier);
        return switch (mode) {
            case HEX -> same(hex(digest), challenge);
            case BASE64URL -> same(base64url(digest), challenge);
            case LENIENT -> same(hex(digest), challenge) || same(base64url(digest), challenge);
        };
    }

    static String hexChallenge(String verifier) {
        return hex(sha256(verifier));
    }

    static String base64urlChallenge(String verifier) {
        return base64url(sha256(verifier));
    }

    private static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }

    private static String base64url(byte[] digest) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    private static boolean same(String expected, String actual) {
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), actual.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] sha256(String verifier) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }
}
