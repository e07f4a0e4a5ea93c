package io.battlesim.app.auth.web;

import io.battlesim.app.auth.account.AccountManagement;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.springframework.stereotype.Component;

/**
 * Revokes the TikTok token of a sign-in that never reached a consent decision when its session ends (timeout,
 * sign-out), so tokens of people who gave no consent do not outlive the session they were kept in.
 */
@Component
class PendingConsentCleanup implements HttpSessionListener {

    private final AccountManagement accounts;

    PendingConsentCleanup(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        PendingConsents.find(event.getSession()).ifPresent(accounts::discard);
    }
}
