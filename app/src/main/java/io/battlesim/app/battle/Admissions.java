package io.battlesim.app.battle;

import io.battlesim.engine.ApplyResult;
import io.battlesim.engine.IgnoreReason;
import java.util.EnumMap;
import java.util.Map;

/** Maps the engine's answer to the admission a source sees. */
final class Admissions {

    /** One answer per reason, made once: the ingest path allocates nothing for an ignored event. */
    private static final Map<IgnoreReason, Admission> IGNORED = new EnumMap<>(IgnoreReason.class);

    static {
        for (IgnoreReason reason : IgnoreReason.values()) {
            IGNORED.put(reason, new Admission.Ignored(explain(reason)));
        }
    }

    private Admissions() {}

    /**
     * Applied events are accepted; ignored ones say why (they are logged and claim their id, they just changed
     * nothing, like a stale streak tap); duplicates and late events say so; refused power-ups are rejected.
     */
    static Admission of(ApplyResult result) {
        return switch (result) {
            case ApplyResult.Applied applied -> Admission.ACCEPTED;
            case ApplyResult.Ignored ignored -> IGNORED.get(ignored.reason());
            case ApplyResult.Duplicate duplicate -> Admission.DUPLICATE;
            case ApplyResult.Late late -> Admission.LATE;
            case ApplyResult.Rejected rejected ->
                new Admission.Rejected(rejected.reason().name());
        };
    }

    /** Why the battle applied nothing for an event, in the words a connector's log should show. */
    static String explain(IgnoreReason reason) {
        return switch (reason) {
            case NOT_STARTED -> "the battle has not started";
            case BEFORE_START -> "the event happened before the battle started";
            case ALREADY_STARTED -> "the battle is already running";
            case ALREADY_ENDED -> "the battle is already over";
            case UNKNOWN_ROOM -> "roomId: the room is not part of this battle";
            case UNKNOWN_RECEIVER -> "receiverUserId: not a host or guest of this battle";
            case GIFT_NOT_COUNTED -> "giftId: this battle counts only one chosen gift";
            case NON_INCREASING_COUNT ->
                "stale tap: its repeatCount is not above the streak's last one and it does not end the streak";
            case STREAK_ALREADY_FINAL -> "the streak already ended and was counted; later taps of it are not";
            case STALE_SCORES -> "older than TikTok scores already applied";
            case NOTHING_DUE -> "nothing was due";
        };
    }
}
