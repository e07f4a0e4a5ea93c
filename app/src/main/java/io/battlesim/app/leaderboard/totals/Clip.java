package io.battlesim.app.leaderboard.totals;

/** Cuts untrusted names to their column's length without splitting a surrogate pair. */
final class Clip {

    private Clip() {}

    /** A TikTok username as the boards keep it: lower case, at most 64 characters. */
    static String username(String value) {
        return to(value.strip().toLowerCase(java.util.Locale.ROOT), 64);
    }

    static String to(String value, int max) {
        if (value.length() <= max) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
        return value.substring(0, end);
    }
}
