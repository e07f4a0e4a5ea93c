package io.battlesim.tiktok.emulator.oauth;

import java.time.Duration;
import java.util.Objects;

/**
 * Token lifetimes and rotation, which TikTok's documentation revisions disagree on.
 *
 * @param accessTokenTtl user access token lifetime (classic docs 24 h, newer 2 h)
 * @param refreshTokenTtl refresh token lifetime (classic docs 365 d, newer 180 d), counted from the authorization
 * @param rotateRefreshTokens whether a refresh returns a new refresh token and retires the old one
 * @param authorizationCodeTtl how long an authorization code can be redeemed (once)
 */
public record TokenSettings(
        Duration accessTokenTtl, Duration refreshTokenTtl, boolean rotateRefreshTokens, Duration authorizationCodeTtl) {

    /** Client access tokens live two hours in every documentation revision. */
    public static final Duration CLIENT_TOKEN_TTL = Duration.ofHours(2);

    /** Checks that every lifetime is positive. */
    public TokenSettings {
        requirePositive(accessTokenTtl, "accessTokenTtl");
        requirePositive(refreshTokenTtl, "refreshTokenTtl");
        requirePositive(authorizationCodeTtl, "authorizationCodeTtl");
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name + " must not be null");
        if (duration.isNegative() || duration.isZero() || duration.toSeconds() < 1) {
            throw new IllegalArgumentException(name + " must be at least one second, got " + duration);
        }
    }
}
