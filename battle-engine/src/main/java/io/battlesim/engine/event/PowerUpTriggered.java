package io.battlesim.engine.event;

import io.battlesim.engine.powerup.PowerUpKind;
import io.battlesim.engine.powerup.TriggeredBy;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A request to use a power-up for a side; the app has already decided the triggerer may ask, the engine applies
 * the battle's rules and answers accepted or rejected with a reason. The id is claimed either way, so a later
 * attempt needs a new id (re-sending the same one is a duplicate).
 *
 * @param eventId an id making the trigger idempotent; never null
 * @param kind the power-up; never null
 * @param sideId the side using it; never null
 * @param by who triggered it; never null
 * @param actorId the creator, viewer or agent id behind it, or null
 * @param timestamp when it was triggered, epoch milliseconds
 */
public record PowerUpTriggered(
        String eventId,
        PowerUpKind kind,
        String sideId,
        TriggeredBy by,
        @Nullable String actorId,
        long timestamp) implements BattleCommand {

    public PowerUpTriggered {
        Objects.requireNonNull(eventId, "eventId must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(sideId, "sideId must not be null");
        Objects.requireNonNull(by, "by must not be null");
    }
}
