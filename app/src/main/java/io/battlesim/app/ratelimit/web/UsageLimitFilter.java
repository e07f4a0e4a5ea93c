package io.battlesim.app.ratelimit.web;

import io.battlesim.app.auth.SignedInUser;
import io.battlesim.app.ratelimit.ClientAddress;
import io.battlesim.app.ratelimit.Limited;
import io.battlesim.app.ratelimit.RateLimits;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The limits by user, behind Spring Security so that the signed-in user is known: creating a battle (per user, or
 * per address without one) and every other API call (the same). Sign-in has its own limit in front of security,
 * and the ingest endpoints are limited per battle by the live module once their key is checked: a connector
 * streaming a busy battle would soon spend an address's API budget.
 */
final class UsageLimitFilter extends OncePerRequestFilter {

    private final RateLimits limits;
    private final Refusals refusals;

    UsageLimitFilter(RateLimits limits, Refusals refusals) {
        this.limits = limits;
        this.refusals = refusals;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !limits.enabled();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Limited limited = limitOf(request.getMethod(), LimitedPaths.of(request));
        if (limited != null) {
            SignedInUser user = signedInUser();
            if (limited == Limited.ANONYMOUS_BATTLE_CREATION && user != null) {
                limited = Limited.BATTLE_CREATION;
            }
            String key = user == null ? "address:" + ClientAddress.of(request.getRemoteAddr()) : "user:" + user.id();
            if (refusals.refuse(limits.take(limited, key), limited, request, response)) {
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The limit of a request, taking it as anonymous; null when none applies here. */
    private static @Nullable Limited limitOf(String method, String path) {
        if (LimitedPaths.isBattleCreation(method, path)) {
            return Limited.ANONYMOUS_BATTLE_CREATION;
        }
        if (LimitedPaths.isApi(path) && !LimitedPaths.isSignIn(method, path) && !LimitedPaths.isIngest(method, path)) {
            return Limited.API;
        }
        return null;
    }

    private static @Nullable SignedInUser signedInUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user ? user : null;
    }
}
