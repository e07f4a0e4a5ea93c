package io.battlesim.tiktok.client;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/** Records every pause instead of sleeping, and optionally moves a {@link TestClock} by the same amount. */
final class RecordingSleeper implements Sleeper {

    private final List<Duration> pauses = new CopyOnWriteArrayList<>();
    private final @Nullable TestClock clock;
    private volatile Runnable onPause = () -> {};

    RecordingSleeper() {
        this(null);
    }

    RecordingSleeper(@Nullable TestClock clock) {
        this.clock = clock;
    }

    @Override
    public void sleep(Duration duration) {
        pauses.add(duration);
        onPause.run();
        if (clock != null) {
            clock.advance(duration);
        }
    }

    /** Runs {@code action} at every pause, for example to end a simulated outage before the retry. */
    void onPause(Runnable action) {
        this.onPause = action;
    }

    List<Duration> pauses() {
        return List.copyOf(pauses);
    }
}
