package io.battlesim.app.auth.web;

import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where a sign-in returns to (a page that asked the visitor to sign in first), kept in the session while the visitor
 * is at TikTok. Only a path on this site is accepted, never another origin ({@code //host}, {@code /\host}) nor the
 * sign-in itself, so the parameter cannot send a user elsewhere.
 */
final class ReturnPaths {

    static final String ATTRIBUTE = ReturnPaths.class.getName();
    private static final int MAX_LENGTH = 512;
    private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[A-Za-z0-9\\-._~!$&'()*+,;=:@/%?]*");

    private ReturnPaths() {}

    /** The path when it is one to return to. */
    static Optional<String> valid(@Nullable String path) {
        if (path == null
                || path.length() > MAX_LENGTH
                || !LOCAL_PATH.matcher(path).matches()) {
            return Optional.empty();
        }
        return path.startsWith("/auth/") ? Optional.empty() : Optional.of(path);
    }

    /** Remembers the path for the end of this sign-in; a sign-in without one forgets an older one. */
    static void remember(HttpSession session, @Nullable String path) {
        valid(path)
                .ifPresentOrElse(
                        valid -> session.setAttribute(ATTRIBUTE, valid), () -> session.removeAttribute(ATTRIBUTE));
    }

    /** The remembered path (forgotten now), or home. */
    static String take(@Nullable HttpSession session) {
        if (session == null) {
            return "/";
        }
        Object path = session.getAttribute(ATTRIBUTE);
        session.removeAttribute(ATTRIBUTE);
        return path instanceof String remembered ? valid(remembered).orElse("/") : "/";
    }
}
