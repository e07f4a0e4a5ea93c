package io.battlesim.app.live;

/** Where the connection to one LIVE room of a battle stands. */
public enum ConnectionState {
    /** The first connection is being made. */
    CONNECTING,
    /** Events are flowing. */
    CONNECTED,
    /** The connection dropped (or could not be made); the next attempt is scheduled with backoff. */
    RECONNECTING,
    /** Stopped for good: the battle finished (or the app is shutting down). */
    CLOSED
}
