package io.battlesim.tiktok.emulator.oauth;

import io.battlesim.tiktok.emulator.http.Masking;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A token the emulator issued. {@link #toString()} masks the value.
 *
 * @param value the token itself; a secret
 * @param kind user access, refresh or client access
 * @param clientKey the app it was issued to
 * @param openId the user, or null for a client access token
 * @param scopes the granted scopes, in order
 * @param grantId the authorization (consent) it descends from; tokens of one grant are revoked together
 * @param issuedAt when it was issued
 * @param expiresAt when it stops working
 * @param state whether it was rotated or revoked
 */
public record IssuedToken(
        String value,
        TokenKind kind,
        String clientKey,
        @Nullable String openId,
        List<String> scopes,
        String grantId,
        Instant issuedAt,
        Instant expiresAt,
        TokenState state) {

    /** Checks that nothing but the open_id is null and stores an unmodifiable scope list. */
    public IssuedToken {
        Objects.requireNonNull(value, "value must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(clientKey, "clientKey must not be null");
        scopes = List.copyOf(scopes);
        Objects.requireNonNull(grantId, "grantId must not be null");
        Objects.requireNonNull(issuedAt, "issuedAt must not be null");
        Objects.requireNonNull(expiresAt, "expiresAt must not be null");
        Objects.requireNonNull(state, "state must not be null");
    }

    /**
     * Whether the token works at a given instant.
     *
     * @param now the emulator clock reading
     * @return true when active and not yet expired
     */
    public boolean usableAt(Instant now) {
        return state == TokenState.ACTIVE && now.isBefore(expiresAt);
    }

    /**
     * Whole seconds left before expiry, as {@code expires_in} reports them.
     *
     * @param now the emulator clock reading
     * @return the remaining seconds, never negative
     */
    public long remainingSeconds(Instant now) {
        return Math.max(0, Duration.between(now, expiresAt).toSeconds());
    }

    /**
     * The masked value for display.
     *
     * @return e.g. {@code act.AbCd…}, never null
     */
    public String masked() {
        return Masking.mask(value);
    }

    IssuedToken withState(TokenState newState) {
        return new IssuedToken(value, kind, clientKey, openId, scopes, grantId, issuedAt, expiresAt, newState);
    }

    @Override
    public String toString() {
        return "IssuedToken[" + masked() + ", kind=" + kind + ", clientKey=" + clientKey + ", openId=" + openId
                + ", scopes=" + scopes + ", expiresAt=" + expiresAt + ", state=" + state + "]";
    }
}
