package io.battlesim.app.site;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Adds {@code Content-Security-Policy} and {@code Referrer-Policy} to every answer of the app. Pages run only the
 * app's own scripts and styles (htmx, Chart.js and the ES modules come from the app itself, no inline script or
 * style attribute), connect only back to the app (htmx, Server-Sent Events), show images from the app and from
 * TikTok's CDNs (avatars), play media from the app and from local files (the share form previews the chosen video
 * as a {@code blob:} URL), and cannot be framed. Swagger UI at {@code /docs} styles itself inline, so its pages
 * allow inline styles; the emulator's pages send their own policy (they are TikTok's side), so this filter leaves
 * {@code /emulator/} alone. Forms may post to the app and to TikTok's authorize host, where a sign-in redirects.
 */
class ContentSecurityPolicy extends OncePerRequestFilter {

    static final String REFERRER_POLICY = "strict-origin-when-cross-origin";

    private final String pages;
    private final String docs;

    ContentSecurityPolicy(String authorizeBaseUrl) {
        String common = "default-src 'self'; script-src 'self'; connect-src 'self'; img-src 'self' data: https:;"
                + " media-src 'self' blob:; font-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none';"
                + " form-action 'self'" + origin(authorizeBaseUrl) + ";";
        this.pages = common + " style-src 'self'";
        this.docs = common + " style-src 'self' 'unsafe-inline'";
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/emulator/")) {
            response.setHeader("Content-Security-Policy", isSwaggerUi(path) ? docs : pages);
            response.setHeader("Referrer-Policy", REFERRER_POLICY);
        }
        chain.doFilter(request, response);
    }

    private static boolean isSwaggerUi(String path) {
        return path.equals("/docs") || path.startsWith("/docs/") || path.startsWith("/swagger-ui/");
    }

    /** " https://www.tiktok.com" for TikTok's authorize host; nothing when it is not an absolute URL. */
    private static String origin(String url) {
        try {
            URI uri = URI.create(url.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return "";
            }
            return " " + uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException notAUrl) {
            return "";
        }
    }
}
