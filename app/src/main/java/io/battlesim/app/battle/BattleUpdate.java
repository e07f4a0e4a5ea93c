package io.battlesim.app.battle;

import io.battlesim.engine.BattleSnapshot;
import java.util.Objects;

/**
 * A real-time update of one battle, for scoreboards and overlays. {@link #sequence()} rises by one per update of
 * the battle and keeps rising across application restarts, so a client can resume after the last one it saw.
 */
public sealed interface BattleUpdate {

    /** The battle's update number: monotonic per battle, survives restarts. */
    long sequence();

    /** The battle. */
    String battleId();

    /**
     * The whole scoreboard state, coalesced: at most 20 per second per battle (the latest state wins), and always
     * one when the phase changes.
     *
     * @param battleId the battle
     * @param sequence the update number
     * @param snapshot the battle's state
     */
    record ScoreboardChanged(String battleId, long sequence, BattleSnapshot snapshot) implements BattleUpdate {
        public ScoreboardChanged {
            Objects.requireNonNull(battleId, "battleId must not be null");
            Objects.requireNonNull(snapshot, "snapshot must not be null");
        }
    }

    /**
     * One committed gift (one per streak, never per tap), never coalesced.
     *
     * @param battleId the battle
     * @param sequence the update number
     * @param sideId the side it counted for
     * @param senderNickname the sender's display name, untrusted text
     * @param giftName the gift's name, untrusted text
     * @param giftId the gift's id
     * @param count units
     * @param coins count times unit price
     * @param inferred whether the streak's end never came and it was finalised at its last count
     * @param snipe whether it is a snipe: it scored in the final seconds and turned the battle (decided by the engine
     *     as it was committed, so the feed agrees with the final result)
     */
    record GiftAlert(
            String battleId,
            long sequence,
            String sideId,
            String senderNickname,
            String giftName,
            int giftId,
            int count,
            long coins,
            boolean inferred,
            boolean snipe)
            implements BattleUpdate {
        public GiftAlert {
            Objects.requireNonNull(battleId, "battleId must not be null");
            Objects.requireNonNull(sideId, "sideId must not be null");
            Objects.requireNonNull(senderNickname, "senderNickname must not be null");
            Objects.requireNonNull(giftName, "giftName must not be null");
        }
    }

    /**
     * The battle ended; sent once, with the final state.
     *
     * @param battleId the battle
     * @param sequence the update number
     * @param snapshot the final state
     */
    record BattleEnded(String battleId, long sequence, BattleSnapshot snapshot) implements BattleUpdate {
        public BattleEnded {
            Objects.requireNonNull(battleId, "battleId must not be null");
            Objects.requireNonNull(snapshot, "snapshot must not be null");
        }
    }
}
