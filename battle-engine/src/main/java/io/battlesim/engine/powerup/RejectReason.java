package io.battlesim.engine.powerup;

/** Why a power-up trigger or an audience vote was refused; returned as a value, never thrown. */
public enum RejectReason {
    /** The battle is not live (not started yet). */
    NOT_LIVE,
    /** The trigger names a side that is not in the battle. */
    UNKNOWN_SIDE,
    /** The rules disable this kind of power-up. */
    DISABLED,
    /** The rules do not let this kind of triggerer use this power-up. */
    TRIGGER_NOT_ALLOWED,
    /** The same power-up is still active for the side. */
    ALREADY_ACTIVE,
    /** The side used this power-up too recently. */
    COOLDOWN,
    /** The side has used this power-up as often as the rules allow. */
    SIDE_LIMIT_REACHED,
    /** The battle has used this power-up as often as the rules allow. */
    BATTLE_LIMIT_REACHED,
    /** Audience interaction is switched off for the battle. */
    AUDIENCE_OFF,
    /** The vote came from a chat command and the battle does not count chat commands. */
    CHAT_COMMANDS_OFF,
    /** Viewers may not fill this booster in this battle. */
    BOOSTER_NOT_OFFERED,
    /** The audience fired this booster for the side recently; its goal is cooling down. */
    BOOSTER_COOLING_DOWN,
    /** The viewer has used every vote of the current window. */
    VOTE_TOO_SOON
}
