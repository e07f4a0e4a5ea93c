package io.battlesim.tiktok.emulator.live;

import io.battlesim.tiktok.emulator.LiveListener;
import io.battlesim.tiktok.emulator.LiveSubscription;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One subscription: a queue the room fills without ever blocking, drained into the listener by a virtual thread
 * of its own, so listener calls are serial and a slow listener delays nobody else. A frame the room cannot queue
 * because {@code backlogLimit} frames (counting the one being delivered) would then be unfinished ends the
 * subscription with 1013; with the limit equal to the room's buffer size the subscriber's position is still
 * buffered at that moment, so resuming with its last {@code seq} as cursor loses nothing.
 */
final class Subscriber implements LiveSubscription {

    private static final System.Logger LOG = System.getLogger(Subscriber.class.getName());

    private sealed interface Item {}

    private record Frame(String json) implements Item {}

    private record End(int code, String reason) implements Item {}

    private final String roomId;
    private final LiveListener listener;
    private final int backlogLimit;
    private final Consumer<Subscriber> detach;
    private final BlockingQueue<Item> queue = new LinkedBlockingQueue<>();
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicBoolean ending = new AtomicBoolean();
    private volatile boolean closedBySubscriber;

    Subscriber(String roomId, LiveListener listener, int backlogLimit, Consumer<Subscriber> detach) {
        this.roomId = roomId;
        this.listener = listener;
        this.backlogLimit = backlogLimit;
        this.detach = detach;
    }

    /** Queues the replay and starts delivering; called once, by the room, while it holds its lock. */
    void start(List<String> replay) {
        replay.forEach(json -> queue.add(new Frame(json)));
        waiting.addAndGet(replay.size());
        Thread.ofVirtual().name("tiktok-emulator-live-subscriber-" + roomId).start(this::drain);
    }

    /**
     * Queues a live frame.
     *
     * @return false when the subscriber is already too far behind (the caller then ends it with 1013)
     */
    boolean offer(String json) {
        if (ending.get()) {
            return true;
        }
        if (waiting.get() + 1 >= backlogLimit) {
            return false;
        }
        waiting.incrementAndGet();
        queue.add(new Frame(json));
        return true;
    }

    /** Delivers what is queued, then {@code onClose}; with {@code discardQueued} the queued frames are dropped. */
    void end(int code, String reason, boolean discardQueued) {
        if (!ending.compareAndSet(false, true)) {
            return;
        }
        if (discardQueued) {
            queue.clear();
            waiting.set(0);
        }
        queue.add(new End(code, reason));
    }

    @Override
    public String roomId() {
        return roomId;
    }

    @Override
    public boolean isOpen() {
        return !ending.get() && !closedBySubscriber;
    }

    @Override
    public void close() {
        closedBySubscriber = true;
        detach.accept(this);
        end(1000, "closed by the subscriber", true);
    }

    private void drain() {
        try {
            while (true) {
                Item item = queue.take();
                if (closedBySubscriber) {
                    return;
                }
                switch (item) {
                    case Frame frame -> deliver(frame.json());
                    case End end -> {
                        listener.onClose(end.code(), end.reason());
                        return;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a LIVE listener of room " + roomId + " failed on close", e);
        }
    }

    private void deliver(String json) {
        try {
            listener.onMessage(json);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a LIVE listener of room " + roomId + " failed; closing it with 1011", e);
            detach.accept(this);
            end(1011, "the listener failed", true);
        } finally {
            waiting.decrementAndGet();
        }
    }
}
