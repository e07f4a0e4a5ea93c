package io.battlesim.app.auth.web;

import io.battlesim.app.auth.SignedInUser;
import io.battlesim.app.auth.account.AccountManagement;
import io.battlesim.app.auth.account.AppUser;
import io.battlesim.app.auth.session.ApiSessions;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code /api/**} requests that carry {@code Authorization: Bearer <app session token>}. The
 * context lives for this request only (never saved in an HTTP session); an unknown or expired token is answered
 * with 401 at once.
 */
class BearerSessionFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiSessions sessions;
    private final AccountManagement accounts;
    private final ProblemResponder problems;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    BearerSessionFilter(ApiSessions sessions, AccountManagement accounts, ProblemResponder problems) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.problems = problems;
    }

    static boolean carriesBearer(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/api/") || !carriesBearer(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = request.getHeader(HttpHeaders.AUTHORIZATION)
                .substring(BEARER.length())
                .strip();
        Optional<SignedInUser> user = token.isEmpty()
                ? Optional.empty()
                : sessions.resolve(token).flatMap(accounts::find).map(AppUser::toSignedInUser);
        if (user.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            problems.write(
                    request,
                    response,
                    HttpStatus.UNAUTHORIZED,
                    "invalid-session",
                    "Invalid app session",
                    "The bearer token is unknown or expired. Sign in again.");
            return;
        }
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(new BearerSessionAuthentication(user.get()));
        holder.setContext(context);
        chain.doFilter(request, response);
    }

    /** An authentication made from an app session token; the token itself is not kept. */
    static final class BearerSessionAuthentication extends AbstractAuthenticationToken {

        private final SignedInUser user;

        BearerSessionAuthentication(SignedInUser user) {
            super(SessionSignIn.USER_ROLE);
            this.user = user;
            setAuthenticated(true);
        }

        @Override
        public @Nullable Object getCredentials() {
            return null;
        }

        @Override
        public SignedInUser getPrincipal() {
            return user;
        }
    }
}
