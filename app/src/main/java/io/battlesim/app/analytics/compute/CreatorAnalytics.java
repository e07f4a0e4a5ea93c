package io.battlesim.app.analytics.compute;

import io.battlesim.app.leaderboard.CreatorEntry;
import io.battlesim.app.leaderboard.GifterEntry;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a creator's battles go. The record and the best supporters are the creator's all-time leaderboard lines; the
 * rest adds up the creator's latest {@code battleLimit} finished battles that are on the public boards. Hours and
 * weekdays are UTC.
 *
 * @param creator the creator's username
 * @param battleLimit how many of the latest battles are added up at most
 * @param battlesAnalysed how many were
 * @param record wins, losses, ties and average margin of every finished battle on the public boards, or null
 * @param supporters the best supporters of all time
 * @param byHour gifts received per UTC hour of day, 0 to 23
 * @param byWeekday gifts received per UTC weekday, Monday first
 * @param giftMix the gifts received, by type, most coins first
 * @param endings how the analysed battles ended
 * @param battles the latest analysed battles, newest first
 */
@Schema(
        description =
                "How a creator's battles go: record and average margin, best supporters (all time), and from the"
                        + " latest finished battles on the public boards when gifts arrive (UTC), the gift mix and how battles end.")
public record CreatorAnalytics(
        String creator,
        int battleLimit,
        int battlesAnalysed,
        @Nullable CreatorEntry record,
        List<GifterEntry> supporters,
        List<TimeBucket> byHour,
        List<TimeBucket> byWeekday,
        List<BattleAnalytics.GiftType> giftMix,
        EndingCounts endings,
        List<BattleLine> battles) {

    /** Gifts and their coins in one hour of the day or on one weekday. */
    @Schema(name = "CreatorAnalyticsTimeBucket")
    public record TimeBucket(String label, long gifts, long coins) {}

    /**
     * How the analysed battles ended for the creator.
     *
     * @param wonBySnipe won with a final lead taken by a snipe
     * @param lostBySnipe lost to a final lead taken by a snipe
     * @param comebacks won after trailing by more than the comeback deficit late
     * @param comebacksAgainst lost to such a comeback
     */
    @Schema(name = "CreatorAnalyticsEndingCounts")
    public record EndingCounts(
            long wins,
            long losses,
            long ties,
            long wonBySnipe,
            long lostBySnipe,
            long comebacks,
            long comebacksAgainst,
            int comebackDeficitPercent,
            int comebackSeconds) {}

    /** One analysed battle. */
    @Schema(name = "CreatorAnalyticsBattleLine")
    public record BattleLine(
            String battleId,
            String title,
            long endedAt,
            String sideLabel,
            String result,
            long margin,
            boolean wonBySnipe,
            boolean lostBySnipe,
            boolean comeback,
            boolean comebackAgainst) {}
}
