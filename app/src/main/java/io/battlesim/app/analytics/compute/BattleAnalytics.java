package io.battlesim.app.analytics.compute;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How one battle went, computed from its event log. Times inside the battle ({@code at}, {@code from}, {@code until})
 * are milliseconds since its start; {@code startedAt} and {@code endedAt} are epoch milliseconds. Scores are listed
 * per side in the order of {@code sides}. Names are untrusted text.
 *
 * @param format the layout of these figures; stored figures of another layout are computed again
 * @param battleId the battle
 * @param title its title
 * @param status SCHEDULED, LIVE (figures so far) or ENDED
 * @param startedAt when it started, or null while scheduled
 * @param endedAt when it ended, or null while it runs
 * @param durationMillis the round's length as the timer finally stood (time makers included)
 * @param coveredMillis how much of the battle the figures cover (to its end, or to its latest event)
 * @param sides every side with its final (or current) score
 * @param winnerSideId the winner, or null (running, or a tie)
 * @param tie whether two or more sides shared the top score at the end
 * @param gifts gifts committed (a streak counts once)
 * @param coins coins of those gifts
 * @param scores both (all) scores over time, at most {@value ScoreSeries#MAX_POINTS} points plus the lead changes
 * @param leadChangeCount how often the lead passed from one side to another
 * @param leadChanges every lead taken (the first lead included), at most {@value AnalyticsCalculator#MAX_LISTED}
 * @param giftTypes gifts by type, most coins first
 * @param valueBands gifts by the coins of one commit (a streak's units together)
 * @param topGifters the best supporters of each side
 * @param snipeRule how snipes are told apart
 * @param snipeCount how many gifts were snipes
 * @param snipes the snipes, at most {@value AnalyticsCalculator#MAX_LISTED} (the latest)
 * @param boosters every booster used and its effect
 * @param replay what the replay shows besides the scores
 */
@Schema(
        description = "How one battle went: scores over time, lead changes, gifts by type and value band, top gifters"
                + " per side, snipes, boosters' effects and the replay's timeline. Times inside the battle are milliseconds"
                + " since its start.")
public record BattleAnalytics(
        int format,
        String battleId,
        String title,
        String status,
        @Nullable Long startedAt,
        @Nullable Long endedAt,
        long durationMillis,
        long coveredMillis,
        List<Side> sides,
        @Nullable String winnerSideId,
        boolean tie,
        long gifts,
        long coins,
        List<ScorePoint> scores,
        int leadChangeCount,
        List<LeadChange> leadChanges,
        List<GiftType> giftTypes,
        List<ValueBand> valueBands,
        List<SideGifters> topGifters,
        SnipeRuleInfo snipeRule,
        int snipeCount,
        List<Snipe> snipes,
        List<Booster> boosters,
        Replay replay) {

    /** The current layout. */
    public static final int FORMAT = 1;

    /** Whether the battle is over (its figures are final). */
    public boolean finished() {
        return "ENDED".equals(status);
    }

    /** A side, with the creators whose LIVE rooms play for it. */
    @Schema(name = "BattleAnalyticsSide")
    public record Side(String id, String label, List<String> creators, long score, long coins, long gifts) {}

    /** Every side's score at one moment; {@code leadChange} marks the moment a side took the lead. */
    @Schema(name = "BattleAnalyticsScorePoint")
    public record ScorePoint(long at, List<Long> scores, boolean leadChange) {}

    /** A side took the lead (got strictly ahead of every other side). */
    @Schema(name = "BattleAnalyticsLeadChange")
    public record LeadChange(long at, String sideId, List<Long> scores) {}

    /** One gift type: commits (a streak counts once), units and coins. */
    @Schema(name = "BattleAnalyticsGiftType")
    public record GiftType(int giftId, String name, long gifts, long units, long coins) {}

    /** Gifts whose commit was worth {@code min} to {@code max} coins ({@code max} null: no upper bound). */
    @Schema(name = "BattleAnalyticsValueBand")
    public record ValueBand(
            String label, long min, @Nullable Long max, long gifts, long coins) {}

    /** One side's best supporters, most points first. */
    @Schema(name = "BattleAnalyticsSideGifters")
    public record SideGifters(String sideId, List<Gifter> gifters) {}

    /** A supporter of one side. */
    @Schema(name = "BattleAnalyticsGifter")
    public record Gifter(String userId, String uniqueId, String nickname, long coins, long points, long gifts) {}

    /** The snipe rule this battle was read with. */
    @Schema(name = "BattleAnalyticsSnipeRuleInfo")
    public record SnipeRuleInfo(long windowSeconds, long minPoints) {}

    /**
     * A gift of the final seconds that changed the leader or brought its side within reach.
     *
     * @param millisLeft time left on the timer as it stood when the gift was committed
     * @param outcome TOOK_LEAD, DREW_LEVEL or WITHIN_REACH
     */
    @Schema(name = "BattleAnalyticsSnipe")
    public record Snipe(
            long at,
            long millisLeft,
            String sideId,
            String uniqueId,
            String nickname,
            String giftName,
            int count,
            long coins,
            long points,
            String outcome,
            List<Long> scoresBefore,
            List<Long> scoresAfter) {}

    /**
     * A booster and what it did. {@code side} counts the side that used it; {@code opponents} (Magic Mist, Stun
     * Hammer) every other side together. Both compare the booster's window with an equal window just before it (cut
     * at the battle's start and end). A Time Maker has no window: it added {@code extensionMillis} to the timer.
     *
     * @param triggeredBy CREATOR, AUDIENCE, AGENT, or null for a TikTok card mirrored from a real match
     * @param beforeFrom the start of the earlier window (it ends at {@code from})
     * @param from the start of the booster's window
     * @param until the end of the booster's window, cut at the battle's end
     */
    @Schema(name = "BattleAnalyticsBooster")
    public record Booster(
            String kind,
            String sideId,
            @Nullable String triggeredBy,
            @Nullable String actorId,
            long at,
            long beforeFrom,
            long from,
            long until,
            @Nullable Window side,
            @Nullable Window opponents,
            long extensionMillis) {}

    /** Points in the equal window before a booster's, points and coins during it. */
    @Schema(name = "BattleAnalyticsWindow")
    public record Window(long pointsBefore, long pointsDuring, long coinsDuring) {}

    /** The replay's timeline besides {@link #scores()}: notable gifts, effect windows and the timer. */
    @Schema(name = "BattleAnalyticsReplay")
    public record Replay(List<ReplayGift> gifts, List<EffectWindow> effects, List<TimerChange> timer) {}

    /** A gift the replay shows in its feed (the biggest ones and every snipe). */
    @Schema(name = "BattleAnalyticsReplayGift")
    public record ReplayGift(
            long at, String sideId, String nickname, String giftName, int count, long coins, boolean snipe) {}

    /** An effect on a side: BOOST, TASK_MULTIPLIER, MIST or FREEZE, from {@code from} until {@code until}. */
    @Schema(name = "BattleAnalyticsEffectWindow")
    public record EffectWindow(String sideId, String effect, long from, long until, int factor) {}

    /** From {@code at} on, the timer ends at {@code endsAt}. */
    @Schema(name = "BattleAnalyticsTimerChange")
    public record TimerChange(long at, long endsAt) {}
}
