package io.battlesim.app.scoreboard;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the {@code scoreboard} module, bound from {@code app.scoreboard}.
 *
 * @param heartbeat how often every stream gets a heartbeat (a comment plus a {@code ping} event)
 * @param streamTimeout the async timeout of a stream; zero or negative: none (streams stay open)
 * @param maxLag how many frames a client may fall behind before it is disconnected (it resumes with
 *     {@code Last-Event-ID})
 * @param idleBroadcasterTimeout how long a battle's broadcaster stays subscribed with no client connected
 * @param fanOutThreads threads writing to clients (non-blocking writes); zero: one per core, at least two
 * @param reconnectMillis the {@code retry:} delay browsers wait before reconnecting a dropped stream
 * @param flushInterval the shortest time between two wake-ups of a battle's clients (each drains everything new
 *     with one flush), new scores may wake them once more within it: 50 ms, a bounded number of writes a second
 *     per client however many gifts arrive; zero: no limit
 * @param wholeScoreboardInterval the shortest time between two whole scoreboards of a battle (top gifters, snipes,
 *     timer); the scores in between go out as small {@code score} events, and anything else that changes (phase,
 *     boosters) goes out whole at once; zero: every update whole
 * @param feedGiftsPerSecond the gifts a viewer's feed shows per second at most (a second's worth at once after a
 *     quiet spell), the biggest first when more arrive; scores count every gift; zero: every gift
 */
@ConfigurationProperties("app.scoreboard")
public record ScoreboardSettings(
        @DefaultValue("15s") Duration heartbeat,
        @DefaultValue("0s") Duration streamTimeout,
        @DefaultValue("2048") int maxLag,
        @DefaultValue("60s") Duration idleBroadcasterTimeout,
        @DefaultValue("0") int fanOutThreads,
        @DefaultValue("2000") long reconnectMillis,
        @DefaultValue("50ms") Duration flushInterval,
        @DefaultValue("500ms") Duration wholeScoreboardInterval,
        @DefaultValue("8") int feedGiftsPerSecond) {

    /** The defaults, for tests. */
    public static ScoreboardSettings defaults() {
        return new ScoreboardSettings(
                Duration.ofSeconds(15),
                Duration.ZERO,
                2048,
                Duration.ofSeconds(60),
                0,
                2000,
                Duration.ofMillis(50),
                Duration.ofMillis(500),
                8);
    }

    /** The number of fan-out threads to start. */
    public int effectiveFanOutThreads() {
        return fanOutThreads > 0
                ? fanOutThreads
                : Math.max(2, Runtime.getRuntime().availableProcessors());
    }
}
