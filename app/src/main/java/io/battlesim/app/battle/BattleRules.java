package io.battlesim.app.battle;

import io.battlesim.engine.audience.AudienceRules;
import io.battlesim.engine.powerup.PowerUpKind;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The rules a battle is created with.
 *
 * @param duration the round length; positive, never null
 * @param onlyGiftId the only gift id that scores, or null when every gift scores
 * @param pointsPerLike points per like, 0 when likes do not score
 * @param audiencePowerUps the boosters viewers may trigger (creators may trigger every booster); never null
 * @param audience what viewers may do: votes, booster and like goals, chat commands; off when null (a battle stored
 *     before audience interaction existed)
 */
public record BattleRules(
        Duration duration,
        @Nullable Integer onlyGiftId,
        long pointsPerLike,
        Set<PowerUpKind> audiencePowerUps,
        AudienceRules audience) {

    /** TikTok's usual round. */
    public static final Duration DEFAULT_DURATION = Duration.ofMinutes(5);

    public BattleRules {
        Objects.requireNonNull(duration, "duration must not be null");
        Objects.requireNonNull(audiencePowerUps, "audiencePowerUps must not be null");
        audiencePowerUps = audiencePowerUps.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(audiencePowerUps));
        audience = Objects.requireNonNullElse(audience, AudienceRules.off());
    }

    /** Rules with audience interaction off. */
    public BattleRules(
            Duration duration, @Nullable Integer onlyGiftId, long pointsPerLike, Set<PowerUpKind> audiencePowerUps) {
        this(duration, onlyGiftId, pointsPerLike, audiencePowerUps, AudienceRules.off());
    }

    /** Five minutes, every gift scores, likes do not, viewers may trigger every booster. */
    public static BattleRules defaults() {
        return new BattleRules(DEFAULT_DURATION, null, 0, EnumSet.allOf(PowerUpKind.class));
    }

    /** These rules with another duration. */
    public BattleRules withDuration(Duration newDuration) {
        return new BattleRules(newDuration, onlyGiftId, pointsPerLike, audiencePowerUps, audience);
    }

    /** These rules with other audience rules. */
    public BattleRules withAudience(AudienceRules newAudience) {
        return new BattleRules(duration, onlyGiftId, pointsPerLike, audiencePowerUps, newAudience);
    }
}
