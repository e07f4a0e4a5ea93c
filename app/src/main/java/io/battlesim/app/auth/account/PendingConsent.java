package io.battlesim.app.auth.account;

import io.battlesim.tiktok.client.TokenSet;
import java.time.Instant;
import java.util.Objects;

/**
 * A user who must (again) give consent, between TikTok's consent page and ours: their tokens and profile live only in the HTTP
 * session until they accept (then stored) or cancel (then revoked). Deliberately not {@code Serializable}, so a
 * servlet container never writes the tokens to disk with the session.
 *
 * @param tokens the tokens TikTok issued (masked by {@code toString()})
 * @param profile who they are on TikTok
 * @param returningUser true when the user exists but consented to an older privacy notice
 * @param expiresAt after this the consent page has to be reached again through TikTok
 */
public record PendingConsent(TokenSet tokens, TikTokProfile profile, boolean returningUser, Instant expiresAt) {

    public PendingConsent {
        Objects.requireNonNull(tokens, "tokens must not be null");
        Objects.requireNonNull(profile, "profile must not be null");
        Objects.requireNonNull(expiresAt, "expiresAt must not be null");
    }

    /** True once the pending consent is too old to accept. */
    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
