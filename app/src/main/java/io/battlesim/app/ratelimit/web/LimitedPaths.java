package io.battlesim.app.ratelimit.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Which requests fall under which limit, by path. Paths are the container's decoded and normalised ones (no
 * {@code ;} parameters, no {@code ..}), the same the controllers are matched by, so another spelling of a path
 * cannot slip past its limit.
 */
final class LimitedPaths {

    private static final Set<String> SIGN_IN =
            Set.of("/auth/tiktok", "/auth/tiktok/callback", "/api/auth/url", "/api/auth/mobile/token");
    private static final String CONSENT = "/auth/consent";
    private static final PathPattern EVENTS = parse("/api/battles/{id}/events");
    private static final PathPattern EVENTS_SOCKET = parse("/api/battles/{id}/events/ws");
    private static final PathPattern REPLAY = parse("/api/battles/{id}/replay");

    private LimitedPaths() {}

    /** The request's path inside the application. */
    static String of(HttpServletRequest request) {
        String pathInfo = request.getPathInfo();
        return pathInfo == null ? request.getServletPath() : request.getServletPath() + pathInfo;
    }

    /** The OAuth start and callback, the sign-in URL and mobile token exchange, the first-sign-in consent. */
    static boolean isSignIn(String method, String path) {
        return SIGN_IN.contains(path) || (path.equals(CONSENT) && method.equals("POST"));
    }

    /** Paths answered with problem details, where credentials (keys, tokens, signatures) are checked. */
    static boolean isApiOrWebhook(String path) {
        return isApi(path) || path.startsWith("/webhooks/");
    }

    static boolean isApi(String path) {
        return path.startsWith("/api/") || path.equals("/api");
    }

    /** Creating a battle: the JSON API or the page's form. */
    static boolean isBattleCreation(String method, String path) {
        return method.equals("POST") && (path.equals("/api/battles") || path.equals("/battles"));
    }

    /**
     * The key-authenticated ingest endpoints (batches, the WebSocket, replays): limited per battle by the live
     * module once the key is checked; reading a replay's progress is an ordinary API call.
     */
    static boolean isIngest(String method, String path) {
        if (!path.startsWith("/api/battles/")) {
            return false;
        }
        PathContainer container = PathContainer.parsePath(path);
        return EVENTS.matches(container)
                || EVENTS_SOCKET.matches(container)
                || (REPLAY.matches(container) && !method.equals("GET"));
    }

    private static PathPattern parse(String pattern) {
        return PathPatternParser.defaultInstance.parse(pattern);
    }
}
