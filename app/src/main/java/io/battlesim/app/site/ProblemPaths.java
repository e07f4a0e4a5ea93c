package io.battlesim.app.site;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * The machine-facing paths, whose errors are problem details rather than pages: the JSON API and the webhooks
 * TikTok calls.
 */
final class ProblemPaths {

    private ProblemPaths() {}

    /** Whether the request's path (without the context path) is one of them. */
    static boolean matches(HttpServletRequest request) {
        return matches(
                request.getRequestURI().substring(request.getContextPath().length()));
    }

    /** Whether {@code path} is one of them; a null path is not. */
    static boolean matches(@Nullable String path) {
        return path != null && (isUnder(path, "/api") || isUnder(path, "/webhooks"));
    }

    private static boolean isUnder(String path, String root) {
        return path.equals(root) || path.startsWith(root + "/");
    }
}
