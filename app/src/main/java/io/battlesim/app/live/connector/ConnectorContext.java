package io.battlesim.app.live.connector;

import io.battlesim.app.live.api.LiveCredentials;
import io.battlesim.app.live.api.LiveEndpoint;
import io.battlesim.app.live.api.LiveFrame;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;

/**
 * What every connector shares: the transport, where the Live API is, the tokens, the battle to feed, the cursor
 * table, a timer, the backoff policy and the metrics.
 *
 * @param http the JDK HTTP client whose WebSocket builder connects
 * @param endpoint where the event streams are
 * @param credentials which token to present
 * @param frames the frame parser ({@code LiveFrames::parse})
 * @param sink where events go
 * @param cursors where acknowledged sequence numbers are saved (the cursor table)
 * @param scheduler timers (batch lingering, reconnects, the idle watchdog); tasks must not block
 * @param backoff the reconnect delays
 * @param connectTimeout how long opening a WebSocket may take
 * @param idleTimeout a connection silent this long (no frame, no ping) is dropped and made again
 * @param metrics counters of frames, gaps and reconnects
 * @param clock the clock of the status timestamps
 */
record ConnectorContext(
        HttpClient http,
        LiveEndpoint.Configured endpoint,
        LiveCredentials credentials,
        Function<String, LiveFrame> frames,
        EventSink sink,
        CursorSaver cursors,
        ScheduledExecutorService scheduler,
        Backoff backoff,
        Duration connectTimeout,
        Duration idleTimeout,
        MeterRegistry metrics,
        Clock clock) {

    /** Saves a room's last acknowledged sequence number. */
    @FunctionalInterface
    interface CursorSaver {
        void save(String battleId, String roomId, long lastSeq);
    }
}
