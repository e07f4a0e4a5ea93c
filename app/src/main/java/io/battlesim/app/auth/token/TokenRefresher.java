package io.battlesim.app.auth.token;

import io.battlesim.tiktok.client.TikTokApiException;
import io.battlesim.tiktok.client.TikTokClient;
import io.battlesim.tiktok.client.TikTokException;
import io.battlesim.tiktok.client.TokenSet;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Refreshes a user's access token with their refresh token and always stores the rotated refresh token. One
 * refresh per user at a time: with rotation, a second concurrent refresh would present a spent token.
 */
@Service
public class TokenRefresher {

    private static final Logger log = LoggerFactory.getLogger(TokenRefresher.class);

    private final TokenVault vault;
    private final TikTokClient client;
    private final Clock clock;
    private final Map<Long, ReentrantLock> locks = new ConcurrentHashMap<>();

    TokenRefresher(TokenVault vault, TikTokClient client, ObjectProvider<Clock> clock) {
        this.vault = vault;
        this.client = client;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /** Refreshes the tokens of {@code owner} now. */
    public RefreshOutcome refresh(TokenOwner owner) {
        Objects.requireNonNull(owner, "owner must not be null");
        ReentrantLock lock = locks.computeIfAbsent(owner.userId(), id -> new ReentrantLock());
        lock.lock();
        try {
            return refreshLocked(owner);
        } finally {
            lock.unlock();
        }
    }

    private RefreshOutcome refreshLocked(TokenOwner owner) {
        Optional<StoredTokens> stored = vault.find(owner.userId(), owner.openId());
        if (stored.isEmpty() || stored.get().status() != TokenStatus.ACTIVE) {
            return new RefreshOutcome.NotConnected();
        }
        TokenSet current = stored.get().tokens();
        if (current.refreshTokenExpired(clock.instant())) {
            vault.markExpired(owner.userId());
            log.info("TikTok refresh token of open_id {} has expired; connection marked expired", owner.openId());
            return new RefreshOutcome.Refused("refresh_token_expired", null);
        }
        try {
            TokenSet renewed = client.oauth().refresh(current.refreshToken());
            vault.store(owner.userId(), renewed);
            log.debug("Refreshed TikTok tokens of open_id {}", owner.openId());
            return vault.find(owner.userId(), owner.openId())
                    .<RefreshOutcome>map(RefreshOutcome.Refreshed::new)
                    .orElseGet(RefreshOutcome.NotConnected::new);
        } catch (TikTokApiException e) {
            return onApiError(owner, current, e);
        } catch (TikTokException e) {
            log.warn("Refreshing TikTok tokens of open_id {} failed: {}", owner.openId(), e.getMessage());
            return new RefreshOutcome.Failed(e.getMessage() == null ? "transport failure" : e.getMessage());
        }
    }

    private RefreshOutcome onApiError(TokenOwner owner, TokenSet used, TikTokApiException e) {
        if (e.retryable()) {
            log.warn(
                    "TikTok refresh for open_id {} failed temporarily: {} (log_id {})",
                    owner.openId(),
                    e.errorCode(),
                    e.logId());
            return new RefreshOutcome.Failed(e.errorCode());
        }
        boolean stillCurrent = vault.find(owner.userId(), owner.openId())
                .map(now -> now.tokens().refreshToken().equals(used.refreshToken()))
                .orElse(false);
        if (stillCurrent) {
            vault.markExpired(owner.userId());
        }
        log.info(
                "TikTok refused the refresh token of open_id {}: {} (log_id {}); connection marked expired",
                owner.openId(),
                e.errorCode(),
                e.logId());
        return new RefreshOutcome.Refused(e.errorCode(), e.logId());
    }
}
