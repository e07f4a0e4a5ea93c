package io.battlesim.app.auth.web;

import io.battlesim.app.auth.account.AccountManagement;
import io.battlesim.app.auth.account.PendingConsent;
import io.battlesim.app.cluster.OnClusterMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Cluster mode's stand-in for {@link PendingConsentCleanup}: Spring Session's JDBC sessions end without an event, so
 * every node revokes, once a minute by default, the pending consents that nobody answered before they expired ({@code
 * app.security.sign-in-timeout}). It waits a little past the expiry, so a consent given in the last second is stored,
 * not revoked.
 */
@Component
@OnClusterMode
class PendingConsentPurge {

    static final Duration GRACE = Duration.ofMinutes(1);
    private static final int BATCH = 100;

    private final StoredPendingConsents pendingConsents;
    private final AccountManagement accounts;
    private final Clock clock;

    PendingConsentPurge(
            StoredPendingConsents pendingConsents, AccountManagement accounts, ObjectProvider<Clock> clock) {
        this.pendingConsents = pendingConsents;
        this.accounts = accounts;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    @Scheduled(
            initialDelayString = "${app.security.pending-consent-purge-interval:PT1M}",
            fixedDelayString = "${app.security.pending-consent-purge-interval:PT1M}")
    void purgeAbandoned() {
        purgeExpiredBefore(clock.instant().minus(GRACE));
    }

    /** Revokes and deletes the pending consents that expired before {@code cutoff}; returns how many. */
    int purgeExpiredBefore(Instant cutoff) {
        int purged = 0;
        List<PendingConsent> batch;
        do {
            batch = pendingConsents.takeExpiredBefore(cutoff, BATCH);
            batch.forEach(accounts::discard);
            purged += batch.size();
        } while (batch.size() == BATCH);
        return purged;
    }
}
