package io.battlesim.app.auth;

import io.battlesim.app.auth.account.AccountManagement;
import io.battlesim.app.auth.account.AppUser;
import io.battlesim.app.auth.token.RefreshOutcome;
import io.battlesim.app.auth.token.StoredTokens;
import io.battlesim.app.auth.token.TokenOwner;
import io.battlesim.app.auth.token.TokenRefresher;
import io.battlesim.app.auth.token.TokenStatus;
import io.battlesim.app.auth.token.TokenVault;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * A user's current TikTok access token for calls other modules make on the user's behalf (for example the Live
 * API connector). The token is refreshed first when it expires within two minutes; the value is a secret: never log
 * it.
 */
@Service
public class TikTokAccessTokens implements AccessGrants {

    /** Tokens closer than this to their expiry are refreshed before they are handed out. */
    static final Duration REFRESH_AHEAD = Duration.ofMinutes(2);

    private final AccountManagement accounts;
    private final TokenVault vault;
    private final TokenRefresher refresher;
    private final Clock clock;

    TikTokAccessTokens(
            AccountManagement accounts, TokenVault vault, TokenRefresher refresher, ObjectProvider<Clock> clock) {
        this.accounts = accounts;
        this.vault = vault;
        this.refresher = refresher;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /**
     * A fresh access token of user {@code userId}.
     *
     * @param userId the app's user id
     * @return the token; empty when the user does not exist, never connected, or TikTok refused to refresh
     */
    public Optional<String> forUser(long userId) {
        return grantOf(userId).map(AccessGrant::accessToken);
    }

    /**
     * A fresh access token of user {@code userId} with the scopes the user granted.
     *
     * @return empty when the user does not exist, never connected, disconnected, or TikTok refused to refresh
     */
    @Override
    public Optional<AccessGrant> grantOf(long userId) {
        return accounts.find(userId).flatMap(this::freshToken);
    }

    /**
     * Deletes the stored tokens of the user with this open_id because TikTok revoked them (the user removed the app
     * in TikTok: webhook {@code authorization.removed}); the user stays, and connects again to use TikTok.
     *
     * @return whether tokens were deleted
     */
    public boolean forgetRevoked(String openId) {
        return vault.owner(openId).map(owner -> vault.delete(owner.userId())).orElse(false);
    }

    private Optional<AccessGrant> freshToken(AppUser user) {
        Optional<StoredTokens> stored =
                vault.find(user.id(), user.openId()).filter(tokens -> tokens.status() == TokenStatus.ACTIVE);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        if (stored.get().tokens().accessTokenExpiresAt().isAfter(clock.instant().plus(REFRESH_AHEAD))) {
            return Optional.of(AccessGrant.of(stored.get().tokens()));
        }
        RefreshOutcome outcome = refresher.refresh(new TokenOwner(user.id(), user.openId()));
        return outcome instanceof RefreshOutcome.Refreshed refreshed
                ? Optional.of(AccessGrant.of(refreshed.tokens().tokens()))
                : Optional.empty();
    }
}
