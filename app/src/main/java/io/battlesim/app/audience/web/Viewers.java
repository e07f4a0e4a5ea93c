package io.battlesim.app.audience.web;

import io.battlesim.app.auth.SignedInUser;
import io.battlesim.app.battle.BattleAudience;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * Who a viewer is: the TikTok account when they signed in, else the signed viewer cookie the viewer page hands out.
 * The cookie is HttpOnly and SameSite=Strict, so another site cannot vote with it; its value is signed, so a
 * script cannot make up viewers: it must fetch a new cookie from the page, which the per-address limit bounds.
 */
@Component
class Viewers {

    static final String COOKIE = "bs_viewer";
    private static final Duration LIFETIME = Duration.ofDays(30);

    private final BattleAudience audience;

    Viewers(BattleAudience audience) {
        this.audience = audience;
    }

    /** The voter id ({@code tiktok:<open_id>} or {@code web:<id>}), or empty without a sign-in or a valid cookie. */
    Optional<String> voterId(HttpServletRequest request, @Nullable SignedInUser user) {
        if (user != null) {
            return Optional.of("tiktok:" + user.openId());
        }
        return cookie(request).flatMap(audience::viewerId).map(id -> "web:" + id);
    }

    /** Hands out a viewer cookie unless the request carries a valid one. */
    void ensureCookie(HttpServletRequest request, HttpServletResponse response) {
        if (cookie(request).flatMap(audience::viewerId).isPresent()) {
            return;
        }
        ResponseCookie cookie = ResponseCookie.from(COOKIE, audience.newViewerToken())
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Strict")
                .path("/")
                .maxAge(LIFETIME)
                .build();
        response.addHeader("Set-Cookie", cookie.toString());
    }

    private static Optional<String> cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName()) && cookie.getValue() != null) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }
}
