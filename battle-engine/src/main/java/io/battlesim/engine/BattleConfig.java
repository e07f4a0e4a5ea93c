package io.battlesim.engine;

import io.battlesim.engine.audience.AudienceRules;
import io.battlesim.engine.powerup.PowerUpRules;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A battle's sides and rules; build one with {@link #builder(String)}.
 *
 * @param battleId the battle's id; never null or blank
 * @param sides two or more sides with distinct ids, rooms and receivers; never null
 * @param duration the round length; positive, never null
 * @param countedGiftId the only gift id that scores, or null when every gift scores
 * @param likeScoring how likes score; never null
 * @param powerUps the power-up rules; never null
 * @param streakTimeout how long a streak may stay silent before it is finalised at its last count; positive
 * @param snipeWindow the final stretch of the timer in which a gift that turns the battle is a snipe (see {@link
 *     io.battlesim.engine.scoring.Snipes}); not negative (zero: no snipes)
 * @param snipeMinPoints the smallest gift that can be a snipe, in points
 * @param topGifters how many top gifters a snapshot lists per side; not negative
 * @param audience what viewers may do (votes, goals); never null, {@link AudienceRules#off()} by default
 */
public record BattleConfig(
        String battleId,
        List<SideConfig> sides,
        Duration duration,
        @Nullable Integer countedGiftId,
        LikeScoring likeScoring,
        PowerUpRules powerUps,
        Duration streakTimeout,
        Duration snipeWindow,
        long snipeMinPoints,
        int topGifters,
        AudienceRules audience) {

    /** TikTok's usual round. */
    public static final Duration DEFAULT_DURATION = Duration.ofMinutes(5);

    public BattleConfig {
        Objects.requireNonNull(battleId, "battleId must not be null");
        sides = List.copyOf(Objects.requireNonNull(sides, "sides must not be null"));
        Objects.requireNonNull(duration, "duration must not be null");
        Objects.requireNonNull(likeScoring, "likeScoring must not be null");
        Objects.requireNonNull(powerUps, "powerUps must not be null");
        Objects.requireNonNull(streakTimeout, "streakTimeout must not be null");
        Objects.requireNonNull(snipeWindow, "snipeWindow must not be null");
        Objects.requireNonNull(audience, "audience must not be null");
        if (battleId.isBlank()) {
            throw new IllegalArgumentException("battleId must not be blank");
        }
        if (sides.size() < 2) {
            throw new IllegalArgumentException("a battle needs at least two sides but has " + sides.size());
        }
        requirePositive(duration, "duration");
        requirePositive(streakTimeout, "streakTimeout");
        if (snipeWindow.isNegative() || topGifters < 0) {
            throw new IllegalArgumentException("snipeWindow and topGifters must not be negative");
        }
        requireDistinct(sides);
    }

    /** A builder with the defaults: 5 minutes, every gift counts, likes off, standard power-ups, 5 s timeout. */
    public static Builder builder(String battleId) {
        return new Builder(battleId);
    }

    /** The configuration of one side by index. */
    public SideConfig side(int index) {
        return sides.get(index);
    }

    private static void requirePositive(Duration value, String name) {
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive but was " + value);
        }
    }

    private static void requireDistinct(List<SideConfig> sides) {
        Set<String> ids = new HashSet<>();
        Set<String> rooms = new HashSet<>();
        Set<String> receivers = new HashSet<>();
        for (SideConfig side : sides) {
            if (!ids.add(side.id())) {
                throw new IllegalArgumentException("duplicate side id " + side.id());
            }
            for (String room : side.roomIds()) {
                if (!rooms.add(room)) {
                    throw new IllegalArgumentException("room " + room + " is on two sides");
                }
            }
            for (String receiver : side.receiverUserIds()) {
                if (!receivers.add(receiver)) {
                    throw new IllegalArgumentException("receiver " + receiver + " is on two sides");
                }
            }
        }
    }

    /** Builds a {@link BattleConfig}; {@link #build()} validates. */
    public static final class Builder {

        private final String battleId;
        private final List<SideConfig> sides = new ArrayList<>();
        private Duration duration = DEFAULT_DURATION;
        private @Nullable Integer countedGiftId;
        private LikeScoring likeScoring = LikeScoring.off();
        private PowerUpRules powerUps = PowerUpRules.standard();
        private Duration streakTimeout = Duration.ofSeconds(5);
        private Duration snipeWindow = Duration.ofSeconds(30);
        private long snipeMinPoints = 1;
        private int topGifters = 5;
        private AudienceRules audience = AudienceRules.off();

        private Builder(String battleId) {
            this.battleId = Objects.requireNonNull(battleId, "battleId must not be null");
        }

        /** Adds a side. */
        public Builder side(SideConfig side) {
            sides.add(Objects.requireNonNull(side, "side must not be null"));
            return this;
        }

        /** Sets the round length (default 5 minutes). */
        public Builder duration(Duration value) {
            duration = Objects.requireNonNull(value, "duration must not be null");
            return this;
        }

        /** Counts only this gift id (TikTok's "one chosen gift" matches). */
        public Builder countOnlyGift(int giftId) {
            countedGiftId = giftId;
            return this;
        }

        /** Sets like scoring (default off). */
        public Builder likeScoring(LikeScoring value) {
            likeScoring = Objects.requireNonNull(value, "likeScoring must not be null");
            return this;
        }

        /** Sets the power-up rules (default {@link PowerUpRules#standard()}). */
        public Builder powerUps(PowerUpRules value) {
            powerUps = Objects.requireNonNull(value, "powerUps must not be null");
            return this;
        }

        /** Sets the streak inactivity timeout (default 5 s). */
        public Builder streakTimeout(Duration value) {
            streakTimeout = Objects.requireNonNull(value, "streakTimeout must not be null");
            return this;
        }

        /** Sets the final stretch for snipes (default 30 s) and the smallest snipe in points (default 1). */
        public Builder snipes(Duration window, long minPoints) {
            snipeWindow = Objects.requireNonNull(window, "window must not be null");
            snipeMinPoints = minPoints;
            return this;
        }

        /** Sets how many top gifters snapshots list per side (default 5). */
        public Builder topGifters(int value) {
            topGifters = value;
            return this;
        }

        /** Sets what viewers may do (default: audience interaction off). */
        public Builder audience(AudienceRules value) {
            audience = Objects.requireNonNull(value, "audience must not be null");
            return this;
        }

        /** Validates and builds the configuration. */
        public BattleConfig build() {
            return new BattleConfig(
                    battleId,
                    sides,
                    duration,
                    countedGiftId,
                    likeScoring,
                    powerUps,
                    streakTimeout,
                    snipeWindow,
                    snipeMinPoints,
                    topGifters,
                    audience);
        }
    }
}
