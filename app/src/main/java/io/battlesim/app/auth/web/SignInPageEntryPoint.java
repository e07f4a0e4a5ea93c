package io.battlesim.app.auth.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Sends a signed-out visitor of a page to a page that says why they must sign in, with the page they asked for as
 * {@code next} (for a GET; a form post cannot be repeated after sign-in).
 */
final class SignInPageEntryPoint implements AuthenticationEntryPoint {

    private final String signInPage;

    SignInPageEntryPoint(String signInPage) {
        this.signInPage = signInPage;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String target = request.getContextPath() + signInPage;
        if ("GET".equals(request.getMethod())) {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            String query = request.getQueryString();
            // a path that is no place to return to (too long, not plain) is left out rather than echoed back
            java.util.Optional<String> next =
                    ReturnPaths.valid(query == null ? path : path + "?" + query).or(() -> ReturnPaths.valid(path));
            if (next.isPresent()) {
                target += "?next=" + URLEncoder.encode(next.get(), StandardCharsets.UTF_8);
            }
        }
        response.sendRedirect(target);
    }
}
