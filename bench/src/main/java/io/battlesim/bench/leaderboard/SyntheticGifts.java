package io.battlesim.bench.leaderboard;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Millions of gift events as a busy platform would see them over the last {@code days} days, summed the way the
 * app's leaderboard module sums them: per battle gifter and day, per board (platform or creator) and period (the
 * current and previous day, week and month, and all time: what the app keeps after pruning), and per creator.
 * Gifters and creators are Zipf-distributed (a few whales, a long tail); gift values follow TikTok's catalogue, the
 * cheap ones most often. Deterministic for a seed.
 */
final class SyntheticGifts {

    static final int[] COINS = {1, 5, 10, 30, 99, 199, 299, 500, 1000, 5000, 29999, 44999};
    private static final double[] COIN_WEIGHTS = {40, 14, 10, 8, 8, 6, 5, 4, 3, 1.5, 0.4, 0.1};

    final int gifters;
    final int creators;
    final int battles;
    final LocalDate today;
    final int days;
    final int[] battleDay;
    final int[][] battleCreators;
    final long[][] battleScores;

    /** battle(12) | side(1) | gifter(24) | dayIndex(8) -> coins, gifts. */
    final Map<Long, long[]> battleGifters = new HashMap<>();
    /** scope(1) | creator(10) | period(2) | startIndex(9) | gifter(24) -> coins, gifts. */
    final Map<Long, long[]> boards = new HashMap<>();

    private final double[] gifterCdf;
    private final double[] creatorCdf;
    private final double[] coinCdf;

    SyntheticGifts(int gifters, int creators, int battles, int days, LocalDate today) {
        this.gifters = gifters;
        this.creators = creators;
        this.battles = battles;
        this.days = days;
        this.today = today;
        this.gifterCdf = zipf(gifters, 1.05);
        this.creatorCdf = zipf(creators, 0.9);
        this.coinCdf = cdf(COIN_WEIGHTS);
        this.battleDay = new int[battles];
        this.battleCreators = new int[battles][2];
        this.battleScores = new long[battles][2];
    }

    void generate(long events, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int b = 0; b < battles; b++) {
            battleDay[b] = random.nextInt(days);
            int a = pick(creatorCdf, random);
            int c = pick(creatorCdf, random);
            while (c == a) {
                c = random.nextInt(creators);
            }
            battleCreators[b] = new int[] {a, c};
        }
        for (long e = 0; e < events; e++) {
            int battle = random.nextInt(battles);
            int side = random.nextInt(2);
            int gifter = pick(gifterCdf, random);
            int coins = COINS[pick(coinCdf, random)];
            add(battle, side, gifter, coins);
        }
    }

    private void add(int battle, int side, int gifter, int coins) {
        int dayIndex = battleDay[battle];
        LocalDate day = today.minusDays(dayIndex);
        int creator = battleCreators[battle][side];
        battleScores[battle][side] += coins;
        bump(battleGifters, ((long) battle << 33) | ((long) side << 32) | ((long) gifter << 8) | dayIndex, coins);
        for (Period period : Period.values()) {
            int start = period.startIndex(day, today);
            if (start < 0) {
                continue; // pruned by the app
            }
            bump(boards, boardKey(0, 0, period, start, gifter), coins);
            bump(boards, boardKey(1, creator, period, start, gifter), coins);
        }
    }

    static long boardKey(int scope, int creator, Period period, int start, int gifter) {
        return ((long) scope << 45)
                | ((long) creator << 35)
                | ((long) period.ordinal() << 33)
                | ((long) start << 24)
                | gifter;
    }

    private static void bump(Map<Long, long[]> map, long key, int coins) {
        long[] value = map.computeIfAbsent(key, k -> new long[2]);
        value[0] += coins;
        value[1]++;
    }

    /** The periods the app keeps; a period start is stored as days before today. */
    enum Period {
        D,
        W,
        M,
        A;

        LocalDate start(LocalDate day) {
            return switch (this) {
                case D -> day;
                case W -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case M -> day.withDayOfMonth(1);
                case A -> LocalDate.EPOCH;
            };
        }

        /** Days from the period's start to today, or -1 when the app has pruned that period. */
        int startIndex(LocalDate day, LocalDate today) {
            LocalDate start = start(day);
            if (this == A) {
                return 0;
            }
            LocalDate previous = start(start(today).minusDays(1));
            if (start.isBefore(previous)) {
                return -1;
            }
            return (int) (today.toEpochDay() - start.toEpochDay());
        }

        LocalDate startOf(int index, LocalDate today) {
            return this == A ? LocalDate.EPOCH : today.minusDays(index);
        }
    }

    private static double[] zipf(int n, double s) {
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            weights[i] = 1 / Math.pow(i + 1, s);
        }
        return cdf(weights);
    }

    private static double[] cdf(double[] weights) {
        double[] cdf = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cdf[i] = sum;
        }
        for (int i = 0; i < cdf.length; i++) {
            cdf[i] /= sum;
        }
        return cdf;
    }

    private static int pick(double[] cdf, SplittableRandom random) {
        double u = random.nextDouble();
        int low = 0;
        int high = cdf.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cdf[mid] < u) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
