package io.battlesim.app.analytics.compute;

import java.util.List;

/**
 * One creator's part of one finished battle, stored with the battle's analytics so that a creator's analytics add up
 * their latest battles without replaying any. Hours and weekdays are UTC (Monday first).
 *
 * @param creator the creator's username (lower case, no at sign)
 * @param battleId the battle
 * @param title its title, untrusted text
 * @param endedAt when it ended, epoch milliseconds
 * @param sideId the creator's side
 * @param sideLabel its label, untrusted text
 * @param result WIN, LOSS or TIE (a team side's creators share it)
 * @param score the side's final score
 * @param margin the side's score minus the best other side's
 * @param wonBySnipe the side won with a snipe ({@link Endings})
 * @param lostBySnipe another side won with a snipe
 * @param comeback the side won after trailing deeply late ({@link Endings})
 * @param comebackAgainst another side came back to win
 * @param hourGifts gifts this creator's room received per UTC hour of day (24)
 * @param hourCoins their coins per hour (24)
 * @param weekdayGifts gifts per UTC weekday, Monday first (7)
 * @param weekdayCoins their coins per weekday (7)
 * @param giftMix what this creator's room received, by type, most coins first (at most {@value #MAX_MIX})
 */
public record CreatorSlice(
        String creator,
        String battleId,
        String title,
        long endedAt,
        String sideId,
        String sideLabel,
        String result,
        long score,
        long margin,
        boolean wonBySnipe,
        boolean lostBySnipe,
        boolean comeback,
        boolean comebackAgainst,
        List<Long> hourGifts,
        List<Long> hourCoins,
        List<Long> weekdayGifts,
        List<Long> weekdayCoins,
        List<BattleAnalytics.GiftType> giftMix) {

    /** Gift types kept per creator and battle. */
    public static final int MAX_MIX = 50;
}
