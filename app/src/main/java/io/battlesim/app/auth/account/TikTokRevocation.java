package io.battlesim.app.auth.account;

import io.battlesim.tiktok.client.TikTokApiException;
import io.battlesim.tiktok.client.TikTokClient;
import io.battlesim.tiktok.client.TikTokException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Revokes access tokens at TikTok, best effort: a failure is logged with TikTok's log_id, never the token. */
@Component
class TikTokRevocation {

    private static final Logger log = LoggerFactory.getLogger(TikTokRevocation.class);

    private final TikTokClient client;

    TikTokRevocation(TikTokClient client) {
        this.client = client;
    }

    void revokeQuietly(String openId, String accessToken) {
        try {
            client.oauth().revoke(accessToken);
            log.info("Revoked the TikTok access token of open_id {}", openId);
        } catch (TikTokApiException e) {
            log.warn(
                    "TikTok refused to revoke the token of open_id {}: {} (log_id {})",
                    openId,
                    e.errorCode(),
                    e.logId());
        } catch (TikTokException e) {
            log.warn("Revoking the TikTok token of open_id {} failed: {}", openId, e.getMessage());
        }
    }
}
