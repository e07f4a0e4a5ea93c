package io.battlesim.app.battle;

/** Who gives in a simulated battle besides the agents. */
public enum CrowdKind {
    /** Nobody: the agents alone decide the battle. */
    NONE,
    /** A typical modest creator's audience on each side (see the engine's {@code CrowdModel.typical()}). */
    TYPICAL,
    /**
     * On each side, the average audience of this app's own recorded battles ({@link RecordedCrowds}); the typical one
     * while none is recorded.
     */
    RECORDED
}
