package io.battlesim.tiktok.emulator;

/**
 * A running subscription to a room's event stream, as returned by {@link LiveRooms#subscribe}. An interface so the
 * delivery machinery stays internal; the emulator provides the only implementation.
 */
public interface LiveSubscription extends AutoCloseable {

    /**
     * The room this subscription follows.
     *
     * @return the room id, never null
     */
    String roomId();

    /**
     * Whether frames may still be delivered.
     *
     * @return false once the subscriber or the emulator closed it
     */
    boolean isOpen();

    /** Stops delivery at once (queued frames are discarded); {@link LiveListener#onClose} is not called. */
    @Override
    void close();
}
