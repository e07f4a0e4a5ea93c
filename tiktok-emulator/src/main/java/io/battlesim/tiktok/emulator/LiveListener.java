package io.battlesim.tiktok.emulator;

/**
 * Receives the frames of one {@link LiveSubscription}, exactly as the Live API's WebSocket would send them. The
 * emulator calls a listener from one virtual thread per subscription, never concurrently and always in {@code seq}
 * order; a slow listener only delays itself (it is closed with 1013 once it falls too far behind).
 */
public interface LiveListener {

    /**
     * One text frame.
     *
     * @param json one JSON object with {@code type}, {@code seq}, {@code msg_id}, {@code room_id} and {@code
     *     timestamp}, never null
     */
    void onMessage(String json);

    /**
     * The emulator ends the subscription; no frame follows. Not called after {@link LiveSubscription#close()}.
     *
     * @param code the WebSocket close code: 1000 room offline, 1001 emulator shutting down, 1011 the listener
     *     threw, 1013 the subscriber fell too far behind (resume with its last {@code seq} as cursor)
     * @param reason a short reason, never null
     */
    void onClose(int code, String reason);
}
