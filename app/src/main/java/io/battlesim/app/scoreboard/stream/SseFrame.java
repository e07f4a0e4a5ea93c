package io.battlesim.app.scoreboard.stream;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One encoded Server-Sent Event, shared by every client of a battle.
 *
 * @param sequence the battle update's sequence (its {@code id:}), or 0 for a frame without an id
 * @param event the event name ({@code scoreboard}, {@code score}, {@code gift}, {@code ended}, {@code ping})
 * @param bytes the whole frame, UTF-8, ending with a blank line
 */
record SseFrame(long sequence, String event, byte[] bytes) {

    static final String SCOREBOARD = "scoreboard";
    static final String SCORE = "score";
    static final String GIFT = "gift";
    static final String ENDED = "ended";
    static final String PING = "ping";
    static final String ODDS = "odds";

    SseFrame {
        Objects.requireNonNull(event, "event must not be null");
        Objects.requireNonNull(bytes, "bytes must not be null");
    }

    /**
     * Encodes an event. {@code json} must be a single line (Jackson writes no newline unless told to indent).
     *
     * @param sequence the id, or 0 for none (the client's Last-Event-ID stays as it was)
     */
    static SseFrame of(long sequence, String event, byte[] json) {
        String head = (sequence > 0 ? "id: " + sequence + "\n" : "") + "event: " + event + "\ndata: ";
        byte[] headBytes = head.getBytes(StandardCharsets.UTF_8);
        byte[] frame = new byte[headBytes.length + json.length + 2];
        System.arraycopy(headBytes, 0, frame, 0, headBytes.length);
        System.arraycopy(json, 0, frame, headBytes.length, json.length);
        frame[frame.length - 2] = '\n';
        frame[frame.length - 1] = '\n';
        return new SseFrame(sequence, event, frame);
    }

    /** A heartbeat: a comment (keeps proxies from closing the stream) plus a {@code ping} event scripts can see. */
    static SseFrame heartbeat(long serverNow) {
        String text = ": heartbeat\nevent: " + PING + "\ndata: {\"serverNow\":" + serverNow + "}\n\n";
        return new SseFrame(0, PING, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The reconnection delay browsers should wait, sent first on every stream. */
    static SseFrame retry(long millis) {
        return new SseFrame(0, "retry", ("retry: " + millis + "\n\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The frame as text, for tests and logs. */
    String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
