package io.battlesim.app.audience;

import io.battlesim.engine.powerup.PowerUpKind;

/** The boosters' names as TikTok's LIVE Match shows them, and the word a chat command uses for each. */
public final class BoosterNames {

    private BoosterNames() {}

    /** The display name. */
    public static String name(PowerUpKind kind) {
        return switch (kind) {
            case BOOSTING_GLOVE -> "Boosting Glove";
            case MAGIC_MIST -> "Magic Mist";
            case STUN_HAMMER -> "Stun Hammer";
            case TIME_MAKER -> "Time Maker";
        };
    }

    /** The short word viewers type in a chat command ({@code !boost glove A}). */
    public static String chatWord(PowerUpKind kind) {
        return switch (kind) {
            case BOOSTING_GLOVE -> "glove";
            case MAGIC_MIST -> "mist";
            case STUN_HAMMER -> "hammer";
            case TIME_MAKER -> "time";
        };
    }
}
