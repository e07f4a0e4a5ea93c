package io.battlesim.tiktok.emulator.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Helpers for secrets: masking for display and constant-time comparison. */
public final class Masking {

    private static final int VISIBLE = 8;

    private Masking() {}

    /**
     * Masks a secret for display: at most its first 8 characters and an ellipsis.
     *
     * @param secret the secret
     * @return e.g. {@code act.9f3a…}, never null
     */
    public static String mask(String secret) {
        int visible = Math.min(VISIBLE, secret.length() / 2);
        return secret.substring(0, visible) + "…";
    }

    /**
     * Compares two secrets in time independent of where they differ.
     *
     * @param expected the stored secret
     * @param actual the presented secret
     * @return true when equal
     */
    public static boolean secretEquals(String expected, String actual) {
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
    }
}
