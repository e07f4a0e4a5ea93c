package io.battlesim.engine.powerup;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The configurable rule for one kind of power-up.
 *
 * @param enabled whether the power-up may be triggered at all
 * @param window how long the effect lasts (glove, mist, stun); never null, zero for the time maker
 * @param multiplier the glove's points factor, 1 to 5 (ignored by the other kinds)
 * @param extension how much the time maker adds to the timer; never null, zero for the other kinds
 * @param maxUsesPerSide uses allowed per side, 0 for unlimited
 * @param maxUsesPerBattle uses allowed across all sides, 0 for unlimited
 * @param cooldown minimum time between two uses by the same side, measured from trigger to trigger; never null
 * @param allowedBy who may trigger it; never null, not empty when enabled
 */
public record PowerUpRule(
        boolean enabled,
        Duration window,
        int multiplier,
        Duration extension,
        int maxUsesPerSide,
        int maxUsesPerBattle,
        Duration cooldown,
        Set<TriggeredBy> allowedBy) {

    /** The highest glove factor TikTok describes. */
    public static final int MAX_MULTIPLIER = 5;

    private static final Duration THIRTY_SECONDS = Duration.ofSeconds(30);
    private static final Duration ONE_MINUTE = Duration.ofMinutes(1);

    public PowerUpRule {
        Objects.requireNonNull(window, "window must not be null");
        Objects.requireNonNull(extension, "extension must not be null");
        Objects.requireNonNull(cooldown, "cooldown must not be null");
        Objects.requireNonNull(allowedBy, "allowedBy must not be null");
        requireNotNegative(window, "window");
        requireNotNegative(extension, "extension");
        requireNotNegative(cooldown, "cooldown");
        if (multiplier < 1 || multiplier > MAX_MULTIPLIER) {
            throw new IllegalArgumentException("multiplier must be 1 to " + MAX_MULTIPLIER + " but was " + multiplier);
        }
        if (maxUsesPerSide < 0 || maxUsesPerBattle < 0) {
            throw new IllegalArgumentException("use limits must not be negative (0 = unlimited)");
        }
        if (enabled && allowedBy.isEmpty()) {
            throw new IllegalArgumentException("an enabled rule must allow at least one kind of triggerer");
        }
        allowedBy = Set.copyOf(allowedBy);
    }

    /** A Boosting Glove: {@code multiplier}x points for 30 s, at most once a minute per side. */
    public static PowerUpRule boostingGlove(int multiplier) {
        return new PowerUpRule(true, THIRTY_SECONDS, multiplier, Duration.ZERO, 0, 0, ONE_MINUTE, anyone());
    }

    /** A Magic Mist: the side's score hidden for 30 s, at most once a minute per side. */
    public static PowerUpRule magicMist() {
        return new PowerUpRule(true, THIRTY_SECONDS, 1, Duration.ZERO, 0, 0, ONE_MINUTE, anyone());
    }

    /** A Stun Hammer: every opponent's scoring frozen for 30 s, at most once a minute per side. */
    public static PowerUpRule stunHammer() {
        return new PowerUpRule(true, THIRTY_SECONDS, 1, Duration.ZERO, 0, 0, ONE_MINUTE, anyone());
    }

    /** A Time Maker: +10 s on the timer, at most 3 times per battle. */
    public static PowerUpRule timeMaker() {
        return new PowerUpRule(true, Duration.ZERO, 1, Duration.ofSeconds(10), 0, 3, Duration.ZERO, anyone());
    }

    /** A rule that refuses every trigger. */
    public static PowerUpRule disabled() {
        return new PowerUpRule(false, Duration.ZERO, 1, Duration.ZERO, 0, 0, Duration.ZERO, Set.of());
    }

    /** This rule with another effect window. */
    public PowerUpRule withWindow(Duration newWindow) {
        return new PowerUpRule(
                enabled, newWindow, multiplier, extension, maxUsesPerSide, maxUsesPerBattle, cooldown, allowedBy);
    }

    /** This rule with another glove factor. */
    public PowerUpRule withMultiplier(int newMultiplier) {
        return new PowerUpRule(
                enabled, window, newMultiplier, extension, maxUsesPerSide, maxUsesPerBattle, cooldown, allowedBy);
    }

    /** This rule with another timer extension. */
    public PowerUpRule withExtension(Duration newExtension) {
        return new PowerUpRule(
                enabled, window, multiplier, newExtension, maxUsesPerSide, maxUsesPerBattle, cooldown, allowedBy);
    }

    /** This rule with other use limits (0 = unlimited). */
    public PowerUpRule withLimits(int perSide, int perBattle) {
        return new PowerUpRule(enabled, window, multiplier, extension, perSide, perBattle, cooldown, allowedBy);
    }

    /** This rule with another cooldown. */
    public PowerUpRule withCooldown(Duration newCooldown) {
        return new PowerUpRule(
                enabled, window, multiplier, extension, maxUsesPerSide, maxUsesPerBattle, newCooldown, allowedBy);
    }

    /** This rule accepting only the given triggerers. */
    public PowerUpRule allowing(TriggeredBy first, TriggeredBy... more) {
        return new PowerUpRule(
                enabled,
                window,
                multiplier,
                extension,
                maxUsesPerSide,
                maxUsesPerBattle,
                cooldown,
                EnumSet.of(first, more));
    }

    private static Set<TriggeredBy> anyone() {
        return EnumSet.allOf(TriggeredBy.class);
    }

    private static void requireNotNegative(Duration duration, String name) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative but was " + duration);
        }
    }
}
