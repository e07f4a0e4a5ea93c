package io.battlesim.app.publish.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.tiktok.client.TikTokApiException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** TikTok's refusals in words a creator understands, with when to try again. */
class TikTokFailuresTests {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void aRateLimitSaysToTryAgainInAMinute() {
        Failure failure = TikTokFailures.of(refusal(429, "rate_limit_exceeded"), NOW, null);

        assertThat(failure.retryAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        assertThat(failure.message()).contains("Try again after 22 Nov 10:01 UTC");
    }

    @Test
    void theDailyCapSaysWhenTheOldestPostLeavesTheWindow() {
        Instant freesAt = NOW.plus(Duration.ofHours(5));

        Failure failure = TikTokFailures.of(refusal(403, "spam_risk_too_many_posts"), NOW, freesAt);

        assertThat(failure.retryAt()).isEqualTo(freesAt);
        assertThat(failure.message()).contains("daily post limit", "22 Nov 15:00 UTC");
    }

    @Test
    void anUnauditedAppsRefusalSaysTheAccountMustBePrivate() {
        Failure failure =
                TikTokFailures.of(refusal(403, "unaudited_client_can_only_post_to_private_accounts"), NOW, null);

        assertThat(failure.message())
                .contains("your TikTok account is public", "not audited", "only to private accounts")
                .contains("Settings and privacy → Privacy → Private account");
        assertThat(failure.retryAt()).isNull();
    }

    @Test
    void failReasonsReadAsAdvice() {
        assertThat(TikTokFailures.ofFailReason("duration_check_failed", NOW).message())
                .contains("longer");
        assertThat(TikTokFailures.ofFailReason("internal", NOW).retryAt()).isNotNull();
        assertThat(TikTokFailures.ofFailReason("<script>", NOW).message()).contains("(<script>)");
    }

    private static TikTokApiException refusal(int status, String code) {
        return new TikTokApiException("/v2/post/publish/video/init/", status, code, "refused", "log-1", false);
    }
}
