package io.battlesim.tiktok.emulator.live;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Ticks every room's simulation ten times a second on one daemon thread per emulator. The thread is created only
 * when some room has a pace, and {@link #close()} stops it for good. Each tick advances the rooms by the nominal
 * tick length, so the events do not depend on scheduling jitter.
 */
final class Generator implements AutoCloseable {

    static final Duration TICK = Duration.ofMillis(100);
    static final String THREAD_PREFIX = "tiktok-emulator-live-generator-";

    private static final System.Logger LOG = System.getLogger(Generator.class.getName());
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final List<Room> rooms;
    private final String threadName = THREAD_PREFIX + INSTANCES.incrementAndGet();
    private @Nullable ScheduledExecutorService executor;
    private @Nullable ScheduledFuture<?> task;
    private @Nullable Thread thread;
    private boolean running = true;
    private boolean closed;

    Generator(List<Room> rooms) {
        this.rooms = rooms;
    }

    /** Lets the rooms' generators run (they start as soon as a room has a pace). */
    synchronized void start() {
        running = true;
        wake();
    }

    /** Pauses every room's generator; manual commands still work. */
    synchronized void stop() {
        running = false;
        if (task != null) {
            task.cancel(false);
            task = null;
        }
    }

    synchronized boolean running() {
        return running && !closed;
    }

    /** Starts ticking if running and some room has a pace; call after a pace changes. */
    synchronized void wake() {
        if (!running || closed || task != null || rooms.stream().noneMatch(Room::paced)) {
            return;
        }
        if (executor == null) {
            executor = Executors.newSingleThreadScheduledExecutor(this::newThread);
        }
        long period = TICK.toMillis();
        task = executor.scheduleAtFixedRate(this::tick, period, period, TimeUnit.MILLISECONDS);
    }

    /** Stops the thread and waits (up to 5 s) until it has ended. */
    @Override
    public void close() {
        ScheduledExecutorService toStop;
        Thread toJoin;
        synchronized (this) {
            closed = true;
            task = null;
            toStop = executor;
            toJoin = thread;
        }
        if (toStop == null) {
            return;
        }
        toStop.shutdownNow();
        try {
            toStop.awaitTermination(5, TimeUnit.SECONDS);
            if (toJoin != null) {
                toJoin.join(Duration.ofSeconds(5));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized Thread newThread(Runnable runnable) {
        Thread created = new Thread(runnable, threadName);
        created.setDaemon(true);
        thread = created;
        return created;
    }

    private void tick() {
        double seconds = TICK.toMillis() / 1000.0;
        for (Room room : rooms) {
            try {
                room.tick(seconds);
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "the LIVE generator failed in room " + room.roomId(), e);
            }
        }
    }
}
