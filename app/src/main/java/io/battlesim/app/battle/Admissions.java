package io.battlesim.app.battle;

import io.battlesim.engine.ApplyResult;

/** Maps the engine's answer to the admission a source sees. */
final class Admissions {

    private Admissions() {}

    /**
     * Applied and ignored events are accepted (an ignored event is logged and claims its id, it just changed
     * nothing, like a stale streak tap); duplicates and late events say so; refused power-ups are rejected.
     */
    static Admission of(ApplyResult result) {
        return switch (result) {
            case ApplyResult.Applied applied -> Admission.ACCEPTED;
            case ApplyResult.Ignored ignored -> Admission.ACCEPTED;
            case ApplyResult.Duplicate duplicate -> Admission.DUPLICATE;
            case ApplyResult.Late late -> Admission.LATE;
            case ApplyResult.Rejected rejected ->
                new Admission.Rejected(rejected.reason().name());
        };
    }
}
