package io.battlesim.bench.cluster;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Samples the database's active sessions every 200 ms on its own connection while a window is open: how many were
 * busy on average and what they waited for most (a lock on a row, the WAL's fsync, or nothing: CPU).
 */
final class DatabaseActivity implements AutoCloseable {

    private static final long EVERY_MILLIS = 200;

    private final @Nullable PostgresProbe database;
    private final Map<String, Integer> seen = new HashMap<>();
    private final Thread sampler;
    private volatile boolean running = true;
    private int samples;
    private long sessions;

    private DatabaseActivity(Settings settings) {
        this.database = connect(settings);
        this.sampler = Thread.ofPlatform().name("db-activity").daemon().start(this::sample);
    }

    static DatabaseActivity start(Settings settings) {
        return new DatabaseActivity(settings);
    }

    private static @Nullable PostgresProbe connect(Settings settings) {
        try {
            return settings.jdbc() == null ? null : new PostgresProbe(settings.jdbc(), settings.dbUser());
        } catch (SQLException e) {
            return null;
        }
    }

    private void sample() {
        while (running && database != null) {
            try {
                List<String> active = database.activity();
                synchronized (this) {
                    samples++;
                    sessions += active.size();
                    active.forEach(session -> seen.merge(session, 1, Integer::sum));
                }
                Thread.sleep(EVERY_MILLIS);
            } catch (SQLException | RuntimeException e) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Active sessions on average and the three most seen waits with their share of the active time. */
    synchronized String describe() {
        if (samples == 0) {
            return "not read";
        }
        String top = seen.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(3)
                .map(entry -> String.format(
                        Locale.ROOT, "%s… %.0f%%", entry.getKey(), 100.0 * entry.getValue() / Math.max(1, sessions)))
                .collect(Collectors.joining("; "));
        return String.format(Locale.ROOT, "%.1f (%s)", (double) sessions / samples, top);
    }

    @Override
    public void close() throws InterruptedException, SQLException {
        running = false;
        sampler.join(2000);
        if (database != null) {
            database.close();
        }
    }
}
