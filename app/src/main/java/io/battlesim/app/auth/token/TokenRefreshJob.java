package io.battlesim.app.auth.token;

import io.battlesim.app.auth.SecuritySettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every minute (by default), refreshes the access tokens that expire within {@code
 * app.security.token-refresh-window}, so calls on behalf of users never meet an expired token. Every node runs it;
 * each token is refreshed by the node that locks its row first, and the others skip it (see {@link
 * TokenRefresher#refreshIfExpiring}).
 */
@Component
class TokenRefreshJob {

    private static final Logger log = LoggerFactory.getLogger(TokenRefreshJob.class);

    private final TokenVault vault;
    private final TokenRefresher refresher;
    private final SecuritySettings settings;

    TokenRefreshJob(TokenVault vault, TokenRefresher refresher, SecuritySettings settings) {
        this.vault = vault;
        this.refresher = refresher;
        this.settings = settings;
    }

    @Scheduled(
            initialDelayString = "${app.security.token-refresh-interval:PT1M}",
            fixedDelayString = "${app.security.token-refresh-interval:PT1M}")
    void refreshExpiringTokens() {
        refreshDue();
    }

    /** Refreshes what is due and not taken by another node; returns how many tokens this node refreshed. */
    int refreshDue() {
        int refreshed = 0;
        for (TokenOwner owner : vault.activeExpiringWithin(settings.tokenRefreshWindow())) {
            try {
                if (refresher
                        .refreshIfExpiring(owner, settings.tokenRefreshWindow())
                        .filter(RefreshOutcome.Refreshed.class::isInstance)
                        .isPresent()) {
                    refreshed++;
                }
            } catch (RuntimeException e) {
                // One broken row (for example one that no longer decrypts) must not stop the others.
                log.error("Refreshing the TikTok tokens of open_id {} failed", owner.openId(), e);
            }
        }
        return refreshed;
    }
}
