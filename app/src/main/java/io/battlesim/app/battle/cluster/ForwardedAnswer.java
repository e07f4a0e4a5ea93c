package io.battlesim.app.battle.cluster;

import io.battlesim.app.battle.Admission;
import io.battlesim.app.battle.BattleUnavailableException;
import org.jspecify.annotations.Nullable;

/**
 * One forwarded event's answer between nodes.
 *
 * @param kind ACCEPTED, IGNORED, DUPLICATE, LATE, REJECTED, or UNAVAILABLE (nothing was logged: retry)
 * @param reason why, for IGNORED and REJECTED
 */
record ForwardedAnswer(String kind, @Nullable String reason) {

    static ForwardedAnswer of(Admission admission) {
        return switch (admission) {
            case Admission.Accepted a -> new ForwardedAnswer("ACCEPTED", null);
            case Admission.Ignored i -> new ForwardedAnswer("IGNORED", i.reason());
            case Admission.Duplicate d -> new ForwardedAnswer("DUPLICATE", null);
            case Admission.Late l -> new ForwardedAnswer("LATE", null);
            case Admission.Rejected r -> new ForwardedAnswer("REJECTED", r.reason());
        };
    }

    static ForwardedAnswer unavailable() {
        return new ForwardedAnswer("UNAVAILABLE", null);
    }

    Admission toAdmission() {
        return switch (kind) {
            case "ACCEPTED" -> Admission.ACCEPTED;
            case "IGNORED" -> new Admission.Ignored(reason == null ? "" : reason);
            case "DUPLICATE" -> Admission.DUPLICATE;
            case "LATE" -> Admission.LATE;
            case "REJECTED" -> new Admission.Rejected(reason == null ? "" : reason);
            default -> throw new BattleUnavailableException("the battle's node could not log it: retry", null);
        };
    }
}
