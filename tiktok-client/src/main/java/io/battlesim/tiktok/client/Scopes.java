package io.battlesim.tiktok.client;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** TikTok writes scope lists comma-separated; these helpers keep that in one place. */
final class Scopes {

    private static final Pattern SCOPE = Pattern.compile("[A-Za-z0-9._\\-]+");

    private Scopes() {}

    static String requireValid(String scope) {
        Objects.requireNonNull(scope, "scope must not be null");
        if (!SCOPE.matcher(scope).matches()) {
            throw new IllegalArgumentException("invalid scope name '" + scope + "'");
        }
        return scope;
    }

    static String join(Set<String> scopes) {
        return String.join(",", scopes);
    }

    /** Splits {@code a,b} (tolerating spaces) into an ordered, unmodifiable set; blank gives an empty set. */
    static Set<String> split(String commaSeparated) {
        Set<String> scopes = new LinkedHashSet<>();
        for (String part : commaSeparated.split("[,\\s]+")) {
            if (!part.isEmpty()) {
                scopes.add(part);
            }
        }
        return Collections.unmodifiableSet(scopes);
    }
}
