package io.battlesim.tiktok.emulator;

/** Whether a sandbox creator is broadcasting, as the Live API's room lookup reports it. */
public enum LiveStatus {
    /** Broadcasting: the room has viewers and its event stream is flowing. */
    LIVE,
    /** Not broadcasting; the room object still exists, with no start time. */
    OFFLINE
}
