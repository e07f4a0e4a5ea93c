package io.battlesim.tiktok.emulator.oauth;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Unguessable tokens, codes and ids. Secrets come from {@link SecureRandom}, never from the emulator seed: the
 * emulator also runs inside the app, where predictable tokens would be a hole.
 */
final class TokenGenerator {

    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private final SecureRandom random = new SecureRandom();

    String token(TokenKind kind) {
        return kind.prefix() + alphanumeric(56);
    }

    /**
     * An authorization code shaped like TikTok's: base64url text ending in {@code *N!NNNN}, so it needs URL
     * encoding in the callback and must be URL-decoded exactly once before the token request.
     */
    String authorizationCode() {
        return urlSafe(48) + "*" + random.nextInt(10) + "!" + (1000 + random.nextInt(9000));
    }

    String id() {
        return urlSafe(24);
    }

    private String urlSafe(int bytes) {
        byte[] raw = new byte[bytes];
        random.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    private String alphanumeric(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
        }
        return text.toString();
    }
}
