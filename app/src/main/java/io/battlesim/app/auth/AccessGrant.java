package io.battlesim.app.auth;

import io.battlesim.tiktok.client.TokenSet;
import java.util.Objects;
import java.util.Set;

/**
 * A user's fresh TikTok access token and the scopes it carries. The token is a secret: {@link #toString()} masks
 * it, and it is never logged.
 */
public record AccessGrant(String accessToken, String openId, Set<String> scopes) {

    public AccessGrant {
        Objects.requireNonNull(accessToken, "accessToken must not be null");
        Objects.requireNonNull(openId, "openId must not be null");
        scopes = Set.copyOf(scopes);
    }

    static AccessGrant of(TokenSet tokens) {
        return new AccessGrant(tokens.accessToken(), tokens.openId(), tokens.scopes());
    }

    public boolean has(String scope) {
        return scopes.contains(scope);
    }

    @Override
    public String toString() {
        return "AccessGrant[openId=" + openId + ", scopes=" + scopes + ", accessToken=****]";
    }
}
