package io.battlesim.engine.event;

import io.battlesim.engine.audience.AudienceRules;
import java.util.Objects;

/**
 * The creator changed the audience rules during the battle (for example switched voting off). Goals keep their
 * progress; the new rules apply from this event on.
 *
 * @param eventId an id making the change idempotent; never null
 * @param rules the rules from now on; never null
 * @param timestamp when they changed, epoch milliseconds
 */
public record AudienceRulesChanged(String eventId, AudienceRules rules, long timestamp) implements BattleCommand {

    public AudienceRulesChanged {
        Objects.requireNonNull(eventId, "eventId must not be null");
        Objects.requireNonNull(rules, "rules must not be null");
    }
}
