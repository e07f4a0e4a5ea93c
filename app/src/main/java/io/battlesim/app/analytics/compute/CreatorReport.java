package io.battlesim.app.analytics.compute;

import io.battlesim.app.leaderboard.CreatorEntry;
import io.battlesim.app.leaderboard.GifterEntry;
import io.battlesim.engine.scoring.Saturating;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Adds up a creator's battle slices into their analytics. */
public final class CreatorReport {

    /** Gift types listed in the mix; the rest are summed up as "Other". */
    static final int MIX_SHOWN = 20;

    /** Battles listed. */
    static final int BATTLES_SHOWN = 20;

    private CreatorReport() {}

    /**
     * The creator's analytics.
     *
     * @param slices the creator's latest analysed battles, newest first
     */
    public static CreatorAnalytics of(
            String creator,
            int battleLimit,
            List<CreatorSlice> slices,
            @Nullable CreatorEntry record,
            List<GifterEntry> supporters) {
        long[] hourGifts = new long[24];
        long[] hourCoins = new long[24];
        long[] dayGifts = new long[7];
        long[] dayCoins = new long[7];
        Map<GiftTally.Type, long[]> mix = new LinkedHashMap<>();
        for (CreatorSlice slice : slices) {
            addInto(hourGifts, slice.hourGifts());
            addInto(hourCoins, slice.hourCoins());
            addInto(dayGifts, slice.weekdayGifts());
            addInto(dayCoins, slice.weekdayCoins());
            for (BattleAnalytics.GiftType type : slice.giftMix()) {
                long[] sum = mix.computeIfAbsent(new GiftTally.Type(type.giftId(), type.name()), t -> new long[3]);
                sum[0] = Saturating.add(sum[0], type.gifts());
                sum[1] = Saturating.add(sum[1], type.units());
                sum[2] = Saturating.add(sum[2], type.coins());
            }
        }
        List<CreatorAnalytics.TimeBucket> byHour = new ArrayList<>(24);
        for (int hour = 0; hour < 24; hour++) {
            byHour.add(new CreatorAnalytics.TimeBucket(
                    String.format(Locale.ROOT, "%02d:00", hour), hourGifts[hour], hourCoins[hour]));
        }
        List<CreatorAnalytics.TimeBucket> byWeekday = new ArrayList<>(7);
        for (int day = 0; day < 7; day++) {
            String name = DayOfWeek.of(day + 1).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            byWeekday.add(new CreatorAnalytics.TimeBucket(name, dayGifts[day], dayCoins[day]));
        }
        return new CreatorAnalytics(
                creator,
                battleLimit,
                slices.size(),
                record,
                List.copyOf(supporters),
                byHour,
                byWeekday,
                mix(mix),
                endings(slices),
                slices.stream().limit(BATTLES_SHOWN).map(CreatorReport::line).toList());
    }

    private static List<BattleAnalytics.GiftType> mix(Map<GiftTally.Type, long[]> mix) {
        List<BattleAnalytics.GiftType> types = mix.entrySet().stream()
                .map(e -> new BattleAnalytics.GiftType(
                        e.getKey().giftId(), e.getKey().name(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .sorted(Comparator.comparingLong(BattleAnalytics.GiftType::coins)
                        .reversed()
                        .thenComparing(BattleAnalytics.GiftType::name))
                .toList();
        if (types.size() <= MIX_SHOWN) {
            return types;
        }
        List<BattleAnalytics.GiftType> shown = new ArrayList<>(types.subList(0, MIX_SHOWN));
        long gifts = 0;
        long units = 0;
        long coins = 0;
        for (BattleAnalytics.GiftType rest : types.subList(MIX_SHOWN, types.size())) {
            gifts = Saturating.add(gifts, rest.gifts());
            units = Saturating.add(units, rest.units());
            coins = Saturating.add(coins, rest.coins());
        }
        shown.add(new BattleAnalytics.GiftType(0, "Other", gifts, units, coins));
        return shown;
    }

    private static CreatorAnalytics.EndingCounts endings(List<CreatorSlice> slices) {
        long[] counts = new long[7];
        for (CreatorSlice slice : slices) {
            switch (slice.result()) {
                case "WIN" -> counts[0]++;
                case "LOSS" -> counts[1]++;
                default -> counts[2]++;
            }
            counts[3] += slice.wonBySnipe() ? 1 : 0;
            counts[4] += slice.lostBySnipe() ? 1 : 0;
            counts[5] += slice.comeback() ? 1 : 0;
            counts[6] += slice.comebackAgainst() ? 1 : 0;
        }
        return new CreatorAnalytics.EndingCounts(
                counts[0],
                counts[1],
                counts[2],
                counts[3],
                counts[4],
                counts[5],
                counts[6],
                Endings.COMEBACK_DEFICIT_PERCENT,
                Endings.COMEBACK_SECONDS);
    }

    private static CreatorAnalytics.BattleLine line(CreatorSlice slice) {
        return new CreatorAnalytics.BattleLine(
                slice.battleId(),
                slice.title(),
                slice.endedAt(),
                slice.sideLabel(),
                slice.result(),
                slice.margin(),
                slice.wonBySnipe(),
                slice.lostBySnipe(),
                slice.comeback(),
                slice.comebackAgainst());
    }

    private static void addInto(long[] sums, List<Long> values) {
        for (int i = 0; i < sums.length && i < values.size(); i++) {
            sums[i] = Saturating.add(sums[i], values.get(i));
        }
    }
}
