package io.battlesim.tiktok.client;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Masks secrets for toString() and strips them from text that TikTok or the JDK hands us. */
final class Secrets {

    private static final int SHOWN = 8;
    private static final int MIN_REDACTED_LENGTH = 6;
    private static final Pattern TOKEN_LIKE = Pattern.compile("\\b(act|rft|clt)\\.[A-Za-z0-9._~!*+/=\\-]{8,}");

    private Secrets() {}

    /** At most the first 8 characters (fewer for short values, a quarter of the length) and an ellipsis. */
    static String mask(@Nullable String secret) {
        if (secret == null) {
            return "null";
        }
        if (secret.isEmpty()) {
            return "";
        }
        return secret.substring(0, Math.min(SHOWN, secret.length() / 4)) + "…";
    }

    /** Replaces every occurrence of the given secrets, and anything shaped like a TikTok token, by its mask. */
    static String redact(String text, Collection<String> secrets) {
        String result = text;
        for (String secret : secrets) {
            if (secret.length() >= MIN_REDACTED_LENGTH) {
                result = result.replace(secret, mask(secret));
            }
        }
        Matcher tokens = TOKEN_LIKE.matcher(result);
        return tokens.replaceAll(match -> Matcher.quoteReplacement(mask(match.group())));
    }
}
