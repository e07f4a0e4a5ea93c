package io.battlesim.app.insights;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the creator insights ({@code app.insights}).
 *
 * @param enabled whether snapshots are taken on schedule (the page and "Refresh now" work either way)
 * @param interval time between two snapshots of a creator
 * @param jitter each creator's next snapshot moves by up to this much either way, so that creators who connected
 *     together do not all call TikTok at the same minute
 * @param tick how often the scheduler looks for creators whose snapshot is due
 * @param reachDays the age at which a video's views are kept for "best time to post"
 * @param manualRefreshEvery shortest time between two "Refresh now" of one creator
 * @param backfillDays in emulator mode, the days of history a sandbox creator's first snapshot backfills
 * @param retryAfter the first wait after a failed snapshot (doubling up to {@code interval})
 */
@ConfigurationProperties("app.insights")
public record InsightSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("1d") Duration interval,
        @DefaultValue("2h") Duration jitter,
        @DefaultValue("1m") Duration tick,
        @DefaultValue("7") int reachDays,
        @DefaultValue("10m") Duration manualRefreshEvery,
        @DefaultValue("90") int backfillDays,
        @DefaultValue("5m") Duration retryAfter) {}
