package io.battlesim.app.live;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the live sources, bound from {@code app.live}.
 *
 * @param apiBaseUrl base URL of the Live API (room lookup at {@code {base}/live/v1/room/}); empty in emulator mode
 *     means the built-in emulator at {@code ${app.public-url}/emulator}, empty in real mode means no LIVE access
 * @param wsBaseUrl base URL of the event stream WebSocket; empty to derive it from {@code apiBaseUrl} ({@code
 *     http} becomes {@code ws}, {@code https} becomes {@code wss})
 * @param connectTimeout how long connecting to the Live API may take
 * @param requestTimeout how long a room lookup may take
 * @param reconnectMin the first reconnect delay (doubled on each failure, with jitter)
 * @param reconnectMax the longest reconnect delay
 * @param demoBattle whether emulator mode runs the demo battle
 * @param demoDuration the demo battle's round length
 * @param demoRestartDelay the pause between one demo battle's end and the next one's start
 * @param demoAccount the sandbox account the app signs in as to follow the demo rooms
 * @param maxIngestEvents the most events one ingest request (or replay file) may carry
 * @param maxIngestBody the largest ingest request body
 * @param maxReplayBody the largest replay upload
 */
@ConfigurationProperties("app.live")
public record LiveSettings(
        @Nullable String apiBaseUrl,
        @Nullable String wsBaseUrl,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("10s") Duration requestTimeout,
        @DefaultValue("500ms") Duration reconnectMin,
        @DefaultValue("30s") Duration reconnectMax,
        @DefaultValue("true") boolean demoBattle,
        @DefaultValue("5m") Duration demoDuration,
        @DefaultValue("20s") Duration demoRestartDelay,
        @DefaultValue("ava.sparks") String demoAccount,
        @DefaultValue("1000") int maxIngestEvents,
        @DefaultValue("1MB") DataSize maxIngestBody,
        @DefaultValue("20MB") DataSize maxReplayBody) {

    public LiveSettings {
        if (reconnectMin.isNegative() || reconnectMin.isZero() || reconnectMax.compareTo(reconnectMin) < 0) {
            throw new IllegalArgumentException("app.live.reconnect-min must be positive and at most reconnect-max");
        }
        if (maxIngestEvents < 1) {
            throw new IllegalArgumentException("app.live.max-ingest-events must be positive");
        }
    }

    /** Defaults, for tests and tools that build the sources by hand. */
    public static LiveSettings defaults() {
        return new LiveSettings(
                null,
                null,
                Duration.ofSeconds(5),
                Duration.ofSeconds(10),
                Duration.ofMillis(500),
                Duration.ofSeconds(30),
                true,
                Duration.ofMinutes(5),
                Duration.ofSeconds(20),
                "ava.sparks",
                1000,
                DataSize.ofMegabytes(1),
                DataSize.ofMegabytes(20));
    }
}
