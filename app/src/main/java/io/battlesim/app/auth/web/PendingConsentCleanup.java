package io.battlesim.app.auth.web;

import io.battlesim.app.auth.account.AccountManagement;
import io.battlesim.app.cluster.OnClusterMode;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.springframework.stereotype.Component;

/**
 * Revokes the TikTok token of a sign-in that never reached a consent decision when its session ends (timeout,
 * sign-out), so tokens of people who gave no consent do not outlive the session they were kept in. Single node only:
 * Spring Session's JDBC sessions (cluster mode) announce no ends, and {@link PendingConsentPurge} does this there.
 */
@Component
@OnClusterMode(false)
class PendingConsentCleanup implements HttpSessionListener {

    private final SessionPendingConsents pendingConsents;
    private final AccountManagement accounts;

    PendingConsentCleanup(SessionPendingConsents pendingConsents, AccountManagement accounts) {
        this.pendingConsents = pendingConsents;
        this.accounts = accounts;
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        pendingConsents.find(event.getSession()).ifPresent(accounts::discard);
    }
}
