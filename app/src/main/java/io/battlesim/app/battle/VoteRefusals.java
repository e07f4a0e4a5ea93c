package io.battlesim.app.battle;

import io.battlesim.engine.audience.AudienceRules;
import io.battlesim.engine.powerup.RejectReason;

/** Why a viewer's vote did not count, in words for the viewer (and for a connector's log). */
public final class VoteRefusals {

    private VoteRefusals() {}

    /** The explanation of a refusal under the rules in force. */
    public static String explain(RejectReason reason, AudienceRules rules) {
        return switch (reason) {
            case NOT_LIVE -> "The battle has not started yet.";
            case UNKNOWN_SIDE -> "There is no such side in this battle.";
            case AUDIENCE_OFF -> "The creator has switched audience voting off.";
            case CHAT_COMMANDS_OFF -> "Chat commands do not count in this battle.";
            case BOOSTER_NOT_OFFERED, TRIGGER_NOT_ALLOWED -> "Viewers cannot fire this booster in this battle.";
            case DISABLED -> "This booster is switched off in this battle.";
            case BOOSTER_COOLING_DOWN -> "This booster just fired for that side and is cooling down.";
            case ALREADY_ACTIVE -> "This booster is active for that side right now.";
            case COOLDOWN -> "That side used this booster too recently.";
            case SIDE_LIMIT_REACHED, BATTLE_LIMIT_REACHED ->
                "This booster has been used as often as the battle allows.";
            case VOTE_TOO_SOON ->
                rules.votesPerWindow() == 1
                        ? "One vote per " + seconds(rules) + " per viewer: you have voted already."
                        : rules.votesPerWindow() + " votes per " + seconds(rules)
                                + " per viewer: you have used them already.";
        };
    }

    private static String seconds(AudienceRules rules) {
        long seconds = rules.voteWindow().toSeconds();
        return seconds % 60 == 0 && seconds >= 60 ? (seconds / 60) + " min" : seconds + " s";
    }
}
