package io.battlesim.app.audience;

import io.battlesim.app.battle.Shares;
import io.battlesim.engine.AudienceSnapshot;
import io.battlesim.engine.audience.AudienceRules;
import io.battlesim.engine.audience.GiftVotes;
import io.battlesim.engine.audience.LikeGoal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The audience part of a scoreboard: vote bars, booster goals, like goals and the last booster viewers fired.
 *
 * @param enabled whether viewers may vote now
 * @param totalVotes every vote counted (web, chat and gift votes)
 * @param voters viewers with at least one web or chat vote counted
 * @param boostersFired boosters the audience fired
 * @param sides per side, in configuration order
 * @param lastFired the booster the audience fired last, or null
 * @param rules what viewers may do, for the instructions on the pages; null in {@code score} events (they carry
 *     what moves; the rules come with every whole scoreboard)
 */
public record AudienceView(
        boolean enabled,
        long totalVotes,
        int voters,
        int boostersFired,
        List<SideVotes> sides,
        @Nullable Fired lastFired,
        @Nullable Rules rules) {

    /** This view without the rules, for the frequent {@code score} events. */
    public AudienceView moving() {
        return new AudienceView(enabled, totalVotes, voters, boostersFired, sides, lastFired, null);
    }

    /** Whether there is anything to show: voting is on, or someone voted. */
    public boolean active() {
        return enabled || totalVotes > 0;
    }

    /**
     * One side's votes.
     *
     * @param sideId the side
     * @param votes its votes
     * @param percent its share of all votes, whole percent (the shares add up to 100 once anyone voted)
     * @param boosters its booster goals, in booster order
     * @param likes likes towards its like goal
     */
    public record SideVotes(String sideId, long votes, int percent, List<Meter> boosters, long likes) {}

    /**
     * A booster goal.
     *
     * @param kind the booster's constant, {@code BOOSTING_GLOVE} …
     * @param name its display name
     * @param votes votes towards it
     * @param threshold votes that fire it
     * @param coolingUntil until when it takes no votes (epoch ms), or null
     */
    public record Meter(
            String kind,
            String name,
            long votes,
            int threshold,
            @Nullable Long coolingUntil) {}

    /**
     * A booster the audience fired.
     *
     * @param kind the booster's constant
     * @param name its display name
     * @param sideId the side
     * @param cause {@code VOTES} or {@code LIKES}
     * @param at when, epoch ms
     */
    public record Fired(String kind, String name, String sideId, String cause, long at) {}

    /**
     * The rules in words a page shows.
     *
     * @param voteWindowSeconds the per-viewer window
     * @param votesPerWindow votes per viewer per window
     * @param chatCommands whether chat commands count
     * @param voteCommand the vote command, {@code !vote}
     * @param boostCommand the boost command, {@code !boost}
     * @param hashtags whether {@code #side} anywhere in a comment votes
     * @param likeGoal likes per like goal, or null
     * @param likeGoalBooster the like goal's booster name, or null
     * @param coinsPerVote coins worth one vote with gift-weighted voting, or null when it is off
     * @param maxVotesPerGift the cap per gift, or null when it is off
     */
    public record Rules(
            long voteWindowSeconds,
            int votesPerWindow,
            boolean chatCommands,
            String voteCommand,
            String boostCommand,
            boolean hashtags,
            @Nullable Long likeGoal,
            @Nullable String likeGoalBooster,
            @Nullable Long coinsPerVote,
            @Nullable Integer maxVotesPerGift) {}

    /** The view of the engine's audience state. */
    public static AudienceView of(AudienceSnapshot audience) {
        Objects.requireNonNull(audience, "audience must not be null");
        int[] percents = percents(audience);
        List<SideVotes> sides = new ArrayList<>(audience.sides().size());
        for (int i = 0; i < audience.sides().size(); i++) {
            AudienceSnapshot.SideVotes side = audience.sides().get(i);
            List<Meter> meters = side.boosters().stream()
                    .map(m -> new Meter(
                            m.kind().name(), BoosterNames.name(m.kind()), m.votes(), m.threshold(), m.coolingUntil()))
                    .toList();
            sides.add(new SideVotes(side.sideId(), side.votes(), percents[i], meters, side.likes()));
        }
        AudienceSnapshot.Fired fired = audience.lastFired();
        return new AudienceView(
                audience.enabled(),
                audience.totalVotes(),
                audience.voters(),
                audience.boostersFired(),
                List.copyOf(sides),
                fired == null
                        ? null
                        : new Fired(
                                fired.kind().name(),
                                BoosterNames.name(fired.kind()),
                                fired.sideId(),
                                fired.cause().name(),
                                fired.at()),
                rules(audience.rules()));
    }

    private static Rules rules(AudienceRules rules) {
        LikeGoal likeGoal = rules.likeGoal();
        GiftVotes giftVotes = rules.giftVotes();
        String prefix = rules.chatSyntax().prefix();
        return new Rules(
                rules.voteWindow().toSeconds(),
                rules.votesPerWindow(),
                rules.chatCommands(),
                prefix + rules.chatSyntax().voteWords().getFirst(),
                prefix + rules.chatSyntax().boostWords().getFirst(),
                rules.chatSyntax().hashtags(),
                likeGoal == null ? null : likeGoal.likes(),
                likeGoal == null ? null : BoosterNames.name(likeGoal.booster()),
                giftVotes == null ? null : giftVotes.coinsPerVote(),
                giftVotes == null ? null : giftVotes.maxVotesPerGift());
    }

    /** Whole-percent shares of the sides' votes that add up to 100 once anyone voted. */
    static int[] percents(AudienceSnapshot audience) {
        return Shares.percents(audience.sides().stream()
                .mapToDouble(AudienceSnapshot.SideVotes::votes)
                .toArray());
    }
}
