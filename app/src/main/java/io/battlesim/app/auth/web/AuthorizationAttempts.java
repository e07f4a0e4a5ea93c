package io.battlesim.app.auth.web;

import io.battlesim.app.auth.SecuritySettings;
import io.battlesim.app.tiktok.TikTokSettings;
import io.battlesim.tiktok.client.AuthorizationRequest;
import io.battlesim.tiktok.client.Pkce;
import io.battlesim.tiktok.client.TikTokClient;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.util.WebUtils;

/**
 * Starts sign-ins (fresh state and PKCE kept in the HTTP session) and takes them back at the callback. A state
 * is compared in constant time, used once, and expires after {@code app.security.sign-in-timeout}; a few
 * attempts may be open at once, for sign-ins started in several tabs.
 */
@Component
class AuthorizationAttempts {

    static final String SESSION_ATTRIBUTE = AuthorizationAttempts.class.getName();
    private static final int STATE_BYTES = 32;
    private static final int MAX_OPEN_ATTEMPTS = 5;

    private final TikTokClient client;
    private final TikTokSettings tiktok;
    private final SecuritySettings security;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AuthorizationAttempts(
            TikTokClient client, TikTokSettings tiktok, SecuritySettings security, ObjectProvider<Clock> clock) {
        this.client = client;
        this.tiktok = tiktok;
        this.security = security;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    StartedAuthorization start(HttpSession session) {
        String state = newState();
        Pkce pkce = Pkce.generate(tiktok.pkceEncoding());
        var attempt =
                new AuthorizationAttempt(state, pkce.verifier(), clock.instant().plus(security.signInTimeout()));
        synchronized (WebUtils.getSessionMutex(session)) {
            List<AuthorizationAttempt> open = live(session);
            open.add(attempt);
            while (open.size() > MAX_OPEN_ATTEMPTS) {
                open.removeFirst();
            }
            session.setAttribute(SESSION_ATTRIBUTE, open);
        }
        var request = new AuthorizationRequest(tiktok.redirectUri(), tiktok.scopeSet(), state, pkce);
        return new StartedAuthorization(client.oauth().authorizationUrl(request), state);
    }

    /** Removes and returns the open attempt whose state equals {@code state}, if any. */
    Optional<AuthorizationAttempt> consume(@Nullable HttpSession session, @Nullable String state) {
        if (session == null || state == null || state.isEmpty()) {
            return Optional.empty();
        }
        byte[] presented = state.getBytes(StandardCharsets.UTF_8);
        synchronized (WebUtils.getSessionMutex(session)) {
            List<AuthorizationAttempt> open = live(session);
            AuthorizationAttempt match = null;
            for (AuthorizationAttempt attempt : open) {
                // Check every attempt so the time taken does not depend on which one matches.
                if (MessageDigest.isEqual(attempt.state().getBytes(StandardCharsets.UTF_8), presented)) {
                    match = attempt;
                }
            }
            if (match != null) {
                open.remove(match);
            }
            session.setAttribute(SESSION_ATTRIBUTE, open);
            return Optional.ofNullable(match);
        }
    }

    private List<AuthorizationAttempt> live(HttpSession session) {
        Instant now = clock.instant();
        List<AuthorizationAttempt> open = new ArrayList<>();
        if (session.getAttribute(SESSION_ATTRIBUTE) instanceof List<?> stored) {
            for (Object item : stored) {
                if (item instanceof AuthorizationAttempt attempt && now.isBefore(attempt.expiresAt())) {
                    open.add(attempt);
                }
            }
        }
        return open;
    }

    private String newState() {
        byte[] bytes = new byte[STATE_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
