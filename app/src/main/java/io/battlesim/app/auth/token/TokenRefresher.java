package io.battlesim.app.auth.token;

import io.battlesim.tiktok.client.TikTokApiException;
import io.battlesim.tiktok.client.TikTokClient;
import io.battlesim.tiktok.client.TikTokException;
import io.battlesim.tiktok.client.TokenSet;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Refreshes a user's access token with their refresh token and always stores the rotated refresh token. One
 * refresh per user at a time, across all nodes sharing the database: with rotation, a second concurrent refresh
 * would present a spent token, and TikTok's refusal would sign the user out. A refresh runs in a transaction that
 * first locks the user's {@code tiktok_token} row ({@code SELECT ... FOR UPDATE}) and stores the rotated tokens
 * before it commits, so another node's refresh of the same user waits for it and then reads the rotated tokens.
 * The lock lasts one call to TikTok (bounded by the client's timeouts); a node that dies holding it releases it
 * with its connection.
 */
@Service
public class TokenRefresher {

    private static final Logger log = LoggerFactory.getLogger(TokenRefresher.class);

    private final TokenVault vault;
    private final TikTokClient client;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Map<Long, ReentrantLock> locks = new ConcurrentHashMap<>();

    TokenRefresher(
            TokenVault vault, TikTokClient client, TransactionTemplate transactions, ObjectProvider<Clock> clock) {
        this.vault = vault;
        this.client = client;
        this.transactions = transactions;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /**
     * Refreshes the tokens of {@code owner} now, after any refresh of them under way on this or another node; when
     * such a refresh replaced them while this one waited, its tokens are the outcome (TikTok is not asked twice).
     */
    public RefreshOutcome refresh(TokenOwner owner) {
        Objects.requireNonNull(owner, "owner must not be null");
        String seen = vault.find(owner.userId(), owner.openId())
                .map(stored -> stored.tokens().refreshToken())
                .orElse(null);
        return oneAtATime(owner, () -> vault.lockForRefresh(owner.userId()), seen)
                .orElseGet(RefreshOutcome.NotConnected::new);
    }

    /**
     * Refreshes the tokens of {@code owner} if their access token still expires within {@code window} and no node is
     * refreshing them right now (the scheduled refresh: what another node refreshed meanwhile is left alone).
     *
     * @return the outcome, or empty when the tokens were not due any more or another node had them
     */
    Optional<RefreshOutcome> refreshIfExpiring(TokenOwner owner, Duration window) {
        Objects.requireNonNull(owner, "owner must not be null");
        Objects.requireNonNull(window, "window must not be null");
        return oneAtATime(owner, () -> vault.lockIfExpiringWithin(owner.userId(), window), null);
    }

    /**
     * Runs a refresh in a transaction that holds the user's row, once {@code claim} locked it; empty if it did not.
     *
     * @param seen the refresh token the caller saw before waiting for the row, if it looked
     */
    private Optional<RefreshOutcome> oneAtATime(TokenOwner owner, BooleanSupplier claim, @Nullable String seen) {
        ReentrantLock lock = locks.computeIfAbsent(owner.userId(), id -> new ReentrantLock());
        lock.lock();
        try {
            return Objects.requireNonNull(transactions.execute(
                    status -> claim.getAsBoolean() ? Optional.of(refreshLocked(owner, seen)) : Optional.empty()));
        } finally {
            lock.unlock();
        }
    }

    private RefreshOutcome refreshLocked(TokenOwner owner, @Nullable String seen) {
        Optional<StoredTokens> stored = vault.find(owner.userId(), owner.openId());
        if (stored.isEmpty() || stored.get().status() != TokenStatus.ACTIVE) {
            return new RefreshOutcome.NotConnected();
        }
        TokenSet current = stored.get().tokens();
        if (seen != null && !seen.equals(current.refreshToken())) {
            log.debug("TikTok tokens of open_id {} were refreshed while this refresh waited", owner.openId());
            return new RefreshOutcome.Refreshed(stored.get());
        }
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
