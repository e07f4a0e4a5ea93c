package io.battlesim.app.ratelimit.web;

import io.battlesim.app.ratelimit.ClientAddress;
import io.battlesim.app.ratelimit.Limited;
import io.battlesim.app.ratelimit.RateLimits;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The limits by client address, in front of Spring Security so that a refusal costs no session, CSRF or token
 * lookup:
 *
 * <ul>
 *   <li>sign-in requests take from the address's sign-in bucket;
 *   <li>every API or webhook request answered 401 (a wrong or missing ingest key, bearer token or signature) spends
 *       one of the address's failed-authentication tokens, and while none is left the address is refused on the API
 *       and webhooks altogether, a right key included: otherwise the answers would still tell a guesser which key
 *       is right.
 * </ul>
 *
 * Requests that arrive together all pass the check before any of them fails, so a burst may fail a few times more
 * than the budget; the next request after it is refused.
 */
final class AddressLimitFilter extends OncePerRequestFilter {

    private final RateLimits limits;
    private final Refusals refusals;

    AddressLimitFilter(RateLimits limits, Refusals refusals) {
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
        String path = LimitedPaths.of(request);
        String address = ClientAddress.of(request.getRemoteAddr());
        boolean checksCredentials = LimitedPaths.isApiOrWebhook(path);
        if (checksCredentials
                && refusals.refuse(
                        limits.check(Limited.AUTHENTICATION_FAILURES, address),
                        Limited.AUTHENTICATION_FAILURES,
                        request,
                        response)) {
            return;
        }
        if (LimitedPaths.isSignIn(request.getMethod(), path)
                && refusals.refuse(limits.take(Limited.SIGN_IN, address), Limited.SIGN_IN, request, response)) {
            return;
        }
        chain.doFilter(request, response);
        if (checksCredentials && response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            limits.authenticationFailed(address);
        }
    }
}
