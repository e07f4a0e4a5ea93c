package io.battlesim.tiktok.emulator.live;

import io.battlesim.tiktok.emulator.LiveListener;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A room's ordered stream: numbers each event with the next {@code seq}, keeps the last frames for cursor replay
 * and fans them out to the subscribers. Not thread-safe: every call happens under the owning room's lock, which is
 * what makes a replay and the live frames after it seamless.
 */
final class RoomStream {

    static final int GOING_AWAY = 1001;
    static final int TRY_AGAIN_LATER = 1013;

    private final String roomId;
    private final MessageBuffer buffer;
    private final int backlogLimit;
    private final List<Subscriber> subscribers = new ArrayList<>();

    RoomStream(String roomId, int bufferSize) {
        this.roomId = roomId;
        this.buffer = new MessageBuffer(bufferSize);
        this.backlogLimit = bufferSize;
    }

    /** Publishes one event and returns its frame. */
    String publish(LiveEvent event) {
        String frame = Frames.frame(event, buffer.nextSeq(), roomId);
        buffer.append(frame);
        for (Subscriber subscriber : List.copyOf(subscribers)) {
            if (!subscriber.offer(frame)) {
                subscribers.remove(subscriber);
                subscriber.end(TRY_AGAIN_LATER, "try again later", true);
            }
        }
        return frame;
    }

    long lastSeq() {
        return buffer.lastSeq();
    }

    /**
     * Starts a subscription that first replays the held frames after the cursor.
     *
     * @param cursor the last seq the subscriber saw, or a negative value for live frames only; a cursor beyond the
     *     stream (from an earlier emulator run) replays everything held
     * @param finalFrame when not null the room is offline: this status frame ends the replay (sent again if the
     *     cursor already covers it) and the subscription closes with 1000
     */
    Subscriber subscribe(
            long cursor, LiveListener listener, long now, Consumer<Subscriber> detach, @Nullable String finalFrame) {
        Subscriber subscriber = new Subscriber(roomId, listener, backlogLimit, detach);
        List<String> replay = replay(cursor, now);
        if (finalFrame != null && (replay.isEmpty() || !replay.getLast().equals(finalFrame))) {
            replay.add(finalFrame);
        }
        subscriber.start(replay);
        if (finalFrame == null) {
            subscribers.add(subscriber);
        } else {
            subscriber.end(1000, "room offline", false);
        }
        return subscriber;
    }

    void detach(Subscriber subscriber) {
        subscribers.remove(subscriber);
    }

    /** Ends every subscription after the frames already queued. */
    void endAll(int code, String reason) {
        subscribers.forEach(subscriber -> subscriber.end(code, reason, false));
        subscribers.clear();
    }

    /** The latest frames, oldest first. */
    List<String> recent(int count) {
        return buffer.after(buffer.lastSeq() - count);
    }

    int subscriberCount() {
        return subscribers.size();
    }

    private List<String> replay(long cursor, long now) {
        List<String> replay = new ArrayList<>();
        if (cursor < 0) {
            return replay;
        }
        long from = cursor > buffer.lastSeq() ? 0 : cursor;
        if (from < buffer.firstSeq() - 1) {
            replay.add(Frames.gap(roomId, from + 1, buffer.firstSeq() - 1, now));
        }
        replay.addAll(buffer.after(from));
        return replay;
    }
}
