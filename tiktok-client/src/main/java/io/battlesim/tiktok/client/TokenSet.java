package io.battlesim.tiktok.client;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A user's tokens as TikTok issued them, with absolute expiry instants computed from {@code expires_in} and
 * {@code refresh_expires_in}; always persist the newest one, since refreshing rotates the refresh token.
 *
 * @param openId the user's id for this app, never null
 * @param accessToken the access token ({@code act.…}), never null
 * @param accessTokenExpiresAt when the access token expires, never null
 * @param refreshToken the refresh token ({@code rft.…}), never null
 * @param refreshTokenExpiresAt when the refresh token expires, never null
 * @param scopes the scopes the user granted, never null
 * @param tokenType the token type, normally {@code Bearer}; never null
 */
public record TokenSet(
        String openId,
        String accessToken,
        Instant accessTokenExpiresAt,
        String refreshToken,
        Instant refreshTokenExpiresAt,
        Set<String> scopes,
        String tokenType) {

    /** Validates the values and keeps an unmodifiable copy of the scopes in their given order. */
    public TokenSet {
        Objects.requireNonNull(openId, "openId must not be null");
        Objects.requireNonNull(accessToken, "accessToken must not be null");
        Objects.requireNonNull(accessTokenExpiresAt, "accessTokenExpiresAt must not be null");
        Objects.requireNonNull(refreshToken, "refreshToken must not be null");
        Objects.requireNonNull(refreshTokenExpiresAt, "refreshTokenExpiresAt must not be null");
        Objects.requireNonNull(scopes, "scopes must not be null");
        Objects.requireNonNull(tokenType, "tokenType must not be null");
        scopes = Collections.unmodifiableSet(new LinkedHashSet<>(scopes));
    }

    /** True when the access token is expired at {@code now} or will be within {@code skew}. */
    public boolean accessTokenExpiresWithin(Duration skew, Instant now) {
        Objects.requireNonNull(skew, "skew must not be null");
        Objects.requireNonNull(now, "now must not be null");
        return !now.plus(skew).isBefore(accessTokenExpiresAt);
    }

    /** True when the refresh token is expired at {@code now}, so the user must sign in again. */
    public boolean refreshTokenExpired(Instant now) {
        Objects.requireNonNull(now, "now must not be null");
        return !now.isBefore(refreshTokenExpiresAt);
    }

    /** True when the user granted {@code scope}. */
    public boolean hasScope(String scope) {
        return scopes.contains(Objects.requireNonNull(scope, "scope must not be null"));
    }

    @Override
    public String toString() {
        return "TokenSet[openId=" + openId + ", accessToken=" + Secrets.mask(accessToken) + ", accessTokenExpiresAt="
                + accessTokenExpiresAt + ", refreshToken=" + Secrets.mask(refreshToken) + ", refreshTokenExpiresAt="
                + refreshTokenExpiresAt + ", scopes=" + scopes + ", tokenType=" + tokenType + "]";
    }
}
