package io.battlesim.engine;

import io.battlesim.engine.audience.AudienceRules;
import io.battlesim.engine.audience.FireCause;
import io.battlesim.engine.powerup.PowerUpKind;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the audience has done so far, for the scoreboard, the overlay and the viewer page.
 *
 * @param rules the audience rules in force
 * @param sides per side, in configuration order
 * @param totalVotes every vote counted, over all sides and channels (gift votes included)
 * @param voters viewers who have had at least one web or chat vote accepted
 * @param boostersFired boosters the audience has fired
 * @param lastFired the booster the audience fired last, or null
 */
public record AudienceSnapshot(
        AudienceRules rules,
        List<SideVotes> sides,
        long totalVotes,
        int voters,
        int boostersFired,
        @Nullable Fired lastFired) {

    public AudienceSnapshot {
        sides = List.copyOf(sides);
    }

    /** No audience interaction and no votes. */
    public static AudienceSnapshot none() {
        return new AudienceSnapshot(AudienceRules.off(), List.of(), 0, 0, 0, null);
    }

    /** Whether viewers may vote. */
    public boolean enabled() {
        return rules.enabled();
    }

    /**
     * One side's votes and goals.
     *
     * @param sideId the side
     * @param votes every vote for the side (web, chat and gift votes)
     * @param webVotes votes from the viewer page
     * @param chatVotes votes from chat commands
     * @param giftVotes votes cast by gifts (gift-weighted voting)
     * @param boosters the side's booster goals offered to viewers, in booster order
     * @param likes likes towards the side's current like goal (0 when there is none)
     */
    public record SideVotes(
            String sideId,
            long votes,
            long webVotes,
            long chatVotes,
            long giftVotes,
            List<BoosterMeter> boosters,
            long likes) {

        public SideVotes {
            boosters = List.copyOf(boosters);
        }
    }

    /**
     * A booster goal's progress for one side.
     *
     * @param kind the booster
     * @param votes votes towards it since it last fired
     * @param threshold votes that fire it
     * @param coolingUntil until when new votes for it are refused (epoch ms), or null when it is open
     */
    public record BoosterMeter(
            PowerUpKind kind,
            long votes,
            int threshold,
            @Nullable Long coolingUntil) {}

    /**
     * A booster fired by the audience.
     *
     * @param kind the booster
     * @param sideId the side it was fired for
     * @param cause what filled its goal
     * @param at when, epoch ms
     */
    public record Fired(PowerUpKind kind, String sideId, FireCause cause, long at) {}
}
