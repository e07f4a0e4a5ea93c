package io.battlesim.tiktok.client;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What to ask the user for on TikTok's consent page.
 *
 * @param redirectUri a redirect URI registered for the app, byte for byte; never null
 * @param scopes the scopes to request, at least one; never null
 * @param state the CSRF value echoed back to the callback; never null or blank
 * @param pkce the PKCE pair whose challenge is sent, or null to send none
 */
public record AuthorizationRequest(
        String redirectUri,
        Set<String> scopes,
        String state,
        @Nullable Pkce pkce) {

    /** Validates the request and keeps an unmodifiable copy of the scopes in their given order. */
    public AuthorizationRequest {
        Objects.requireNonNull(redirectUri, "redirectUri must not be null");
        Objects.requireNonNull(scopes, "scopes must not be null");
        Objects.requireNonNull(state, "state must not be null");
        if (redirectUri.isBlank()) {
            throw new IllegalArgumentException("redirectUri must not be blank");
        }
        if (state.isBlank()) {
            throw new IllegalArgumentException("state must not be blank");
        }
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("scopes must not be empty");
        }
        for (String scope : scopes) {
            Scopes.requireValid(scope);
        }
        scopes = Collections.unmodifiableSet(new LinkedHashSet<>(scopes));
    }

    @Override
    public String toString() {
        return "AuthorizationRequest[redirectUri=" + redirectUri + ", scopes=" + scopes + ", state="
                + Secrets.mask(state) + ", pkce=" + pkce + "]";
    }
}
