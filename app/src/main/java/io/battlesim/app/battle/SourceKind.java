package io.battlesim.app.battle;

/** Where a battle's events come from. */
public enum SourceKind {
    /** The Live API connector (the emulator's LIVE rooms in emulator mode). */
    LIVE_API,
    /** An external connector posting to the ingest API with the battle's ingest key. */
    INGEST,
    /** A recorded battle played back from a JSON Lines file. */
    REPLAY,
    /** Agents and simulated crowds played by the engine at 1x (a {@link Simulation}); no connector follows it. */
    SIMULATED
}
