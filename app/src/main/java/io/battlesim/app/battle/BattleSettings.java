package io.battlesim.app.battle;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the battle module ({@code app.battle.*}).
 *
 * @param tickInterval how often running battles' timers are ticked
 * @param maxBatchSize the most events appended to the log in one transaction
 * @param scoreboardInterval the shortest time between two scoreboard updates of one battle
 * @param updatesBuffer updates kept per battle for subscribers that resume
 * @param queueCapacity submissions waiting per battle before submitters are held back
 * @param ingestKeySecret Base64 secret the ingest keys are derived from; empty: generated into the data directory
 */
@ConfigurationProperties("app.battle")
record BattleSettings(
        @DefaultValue("250ms") Duration tickInterval,
        @DefaultValue("500") int maxBatchSize,
        @DefaultValue("50ms") Duration scoreboardInterval,
        @DefaultValue("1000") int updatesBuffer,
        @DefaultValue("100000") int queueCapacity,
        @DefaultValue("") String ingestKeySecret) {

    BattleSettings {
        if (tickInterval.isZero() || tickInterval.isNegative() || maxBatchSize < 1 || updatesBuffer < 1) {
            throw new IllegalArgumentException(
                    "app.battle: tick-interval, max-batch-size and updates-buffer must be" + " positive");
        }
        if (scoreboardInterval.isNegative() || queueCapacity < 1) {
            throw new IllegalArgumentException("app.battle: scoreboard-interval and queue-capacity are invalid");
        }
    }

    /** The defaults, for tests. */
    static BattleSettings defaults() {
        return new BattleSettings(Duration.ofMillis(250), 500, Duration.ofMillis(50), 1000, 100_000, "");
    }
}
