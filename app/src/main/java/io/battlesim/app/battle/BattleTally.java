package io.battlesim.app.battle;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a battle adds to the leaderboards, stored in the same transaction as what it comes from (the events of one
 * write, or the saved result), so nothing is counted twice or lost in a crash; {@link BattleTallies} hands them out
 * exactly once.
 */
public sealed interface BattleTally {

    /** The battle it came from. */
    String battleId();

    /** The UTC day it counts on: the day the battle's writer committed the gifts, or the day the battle ended. */
    LocalDate day();

    /**
     * Gifts one write of a battle committed, summed per receiving creator and gifter.
     *
     * @param lines one per creator and gifter; never null or empty
     */
    record Gifts(String battleId, LocalDate day, List<GiftLine> lines) implements BattleTally {
        public Gifts {
            Objects.requireNonNull(battleId, "battleId must not be null");
            Objects.requireNonNull(day, "day must not be null");
            lines = List.copyOf(Objects.requireNonNull(lines, "lines must not be null"));
        }
    }

    /**
     * A gifter's committed gifts to one creator.
     *
     * @param creator the receiving room's creator (TikTok username, lower case)
     * @param gifterId the gifter's TikTok user id
     * @param uniqueId the gifter's TikTok username
     * @param nickname the name TikTok showed in the LIVE, untrusted text
     * @param coins coins of the committed gifts (before boosters)
     * @param gifts committed gifts (a streak counts once)
     */
    record GiftLine(String creator, String gifterId, String uniqueId, String nickname, long coins, long gifts) {
        public GiftLine {
            Objects.requireNonNull(creator, "creator must not be null");
            Objects.requireNonNull(gifterId, "gifterId must not be null");
            Objects.requireNonNull(uniqueId, "uniqueId must not be null");
            Objects.requireNonNull(nickname, "nickname must not be null");
        }
    }

    /**
     * A finished battle's result for each of its creators.
     *
     * @param creators one per creator of every side; never null
     */
    record Outcome(String battleId, LocalDate day, List<CreatorResult> creators) implements BattleTally {
        public Outcome {
            Objects.requireNonNull(battleId, "battleId must not be null");
            Objects.requireNonNull(day, "day must not be null");
            creators = List.copyOf(Objects.requireNonNull(creators, "creators must not be null"));
        }
    }

    /**
     * How a battle ended for one creator.
     *
     * @param creator TikTok username, lower case
     * @param result win, loss or tie of the creator's side
     * @param score the side's final score
     * @param margin the side's score minus the best other side's (negative for a loss)
     */
    record CreatorResult(String creator, Result result, long score, long margin) {
        public CreatorResult {
            Objects.requireNonNull(creator, "creator must not be null");
            Objects.requireNonNull(result, "result must not be null");
        }
    }

    /** A side's result. */
    enum Result {
        WIN,
        LOSS,
        TIE
    }
}
