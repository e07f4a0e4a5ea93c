package io.battlesim.engine.audience;

/** Where a viewer's vote came from. */
public enum VoteChannel {
    /** The battle's viewer page. */
    WEB,
    /** A command in a LIVE room's chat. */
    CHAT
}
