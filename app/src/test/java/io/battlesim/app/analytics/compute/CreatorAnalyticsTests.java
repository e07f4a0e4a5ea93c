package io.battlesim.app.analytics.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.battlesim.app.leaderboard.CreatorEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A creator's analytics added up from their battles' slices. */
class CreatorAnalyticsTests {

    @Test
    void addsUpWhenGiftsArriveOverTheCreatorsBattles() { // GH-12
        CreatorAnalytics analytics = CreatorReport.of(
                "ava",
                200,
                List.of(slice("b2", "WIN", hour(22, 3), List.of()), slice("b1", "LOSS", hour(22, 2), List.of())),
                null,
                List.of());

        assertThat(analytics.byHour()).hasSize(24);
        assertThat(analytics.byHour().get(22)).isEqualTo(new CreatorAnalytics.TimeBucket("22:00", 5, 50));
        assertThat(analytics.byWeekday())
                .extracting(CreatorAnalytics.TimeBucket::label, CreatorAnalytics.TimeBucket::gifts)
                .startsWith(tuple("Monday", 0L), tuple("Tuesday", 5L));
        assertThat(analytics.battlesAnalysed()).isEqualTo(2);
        assertThat(analytics.battles())
                .extracting(CreatorAnalytics.BattleLine::battleId)
                .containsExactly("b2", "b1");
    }

    @Test
    void countsHowBattlesEnded() { // GH-12
        List<CreatorSlice> slices = List.of(
                ending(slice("b1", "WIN", hour(1, 1), List.of()), true, false, true, false),
                ending(slice("b2", "LOSS", hour(1, 1), List.of()), false, true, false, true),
                slice("b3", "TIE", hour(1, 1), List.of()));

        CreatorAnalytics.EndingCounts endings =
                CreatorReport.of("ava", 200, slices, null, List.of()).endings();

        assertThat(endings)
                .isEqualTo(new CreatorAnalytics.EndingCounts(
                        1, 1, 1, 1, 1, 1, 1, Endings.COMEBACK_DEFICIT_PERCENT, Endings.COMEBACK_SECONDS));
    }

    @Test
    void mergesTheGiftMixAndSumsUpTheRareGiftsAsOther() {
        List<BattleAnalytics.GiftType> many = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            many.add(new BattleAnalytics.GiftType(i, "Gift " + i, 1, 1, 100 + i));
        }
        List<CreatorSlice> slices = List.of(
                slice("b1", "WIN", hour(0, 0), many),
                slice("b2", "WIN", hour(0, 0), List.of(new BattleAnalytics.GiftType(0, "Gift 0", 2, 4, 1_000))));

        List<BattleAnalytics.GiftType> mix =
                CreatorReport.of("ava", 200, slices, null, List.of()).giftMix();

        assertThat(mix).hasSize(CreatorReport.MIX_SHOWN + 1);
        assertThat(mix.getFirst()).isEqualTo(new BattleAnalytics.GiftType(0, "Gift 0", 3, 5, 1_100));
        assertThat(mix.getLast())
                .isEqualTo(new BattleAnalytics.GiftType(0, "Other", 5, 5, 101 + 102 + 103 + 104 + 105));
    }

    @Test
    void keepsTheLeaderboardsRecord() {
        CreatorEntry record = new CreatorEntry(0, "ava", 4, 3, 1, 0, 0.75, 1_200, 10_000);

        CreatorAnalytics analytics = CreatorReport.of("ava", 200, List.of(), record, List.of());

        assertThat(analytics.record()).isEqualTo(record);
        assertThat(analytics.battlesAnalysed()).isZero();
        assertThat(analytics.giftMix()).isEmpty();
    }

    private static CreatorSlice ending(
            CreatorSlice s, boolean wonBySnipe, boolean lostBySnipe, boolean comeback, boolean comebackAgainst) {
        return new CreatorSlice(
                s.creator(),
                s.battleId(),
                s.title(),
                s.endedAt(),
                s.sideId(),
                s.sideLabel(),
                s.result(),
                s.score(),
                s.margin(),
                wonBySnipe,
                lostBySnipe,
                comeback,
                comebackAgainst,
                s.hourGifts(),
                s.hourCoins(),
                s.weekdayGifts(),
                s.weekdayCoins(),
                s.giftMix());
    }

    private static long[] hour(int hour, int gifts) {
        return new long[] {hour, gifts};
    }

    private static CreatorSlice slice(
            String battleId, String result, long[] hourAndGifts, List<BattleAnalytics.GiftType> mix) {
        List<Long> hourGifts = new ArrayList<>(Collections.nCopies(24, 0L));
        List<Long> hourCoins = new ArrayList<>(Collections.nCopies(24, 0L));
        hourGifts.set((int) hourAndGifts[0], hourAndGifts[1]);
        hourCoins.set((int) hourAndGifts[0], hourAndGifts[1] * 10);
        List<Long> weekday = new ArrayList<>(Collections.nCopies(7, 0L));
        weekday.set(1, hourAndGifts[1]);
        return new CreatorSlice(
                "ava",
                battleId,
                "Battle " + battleId,
                1_700_000_000_000L,
                "s1",
                "Ava",
                result,
                100,
                result.equals("WIN") ? 10 : -10,
                false,
                false,
                false,
                false,
                hourGifts,
                hourCoins,
                weekday,
                weekday,
                mix);
    }
}
