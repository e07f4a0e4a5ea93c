package io.battlesim.tiktok.emulator.live;

/** A command needs a LIVE room but the room is OFFLINE. */
public final class RoomOfflineException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    RoomOfflineException(String username) {
        super("@" + username + " is not LIVE");
    }
}
