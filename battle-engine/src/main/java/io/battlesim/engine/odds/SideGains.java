package io.battlesim.engine.odds;

import io.battlesim.engine.scoring.Saturating;
import java.util.Arrays;

/**
 * One side's final score in one rollout: its secured score plus what arrives in the time left, stretch by stretch
 * (boosted time scores each gift at the side's multiplier, frozen time scores nothing). Each stretch's gifts are a
 * compound Poisson sum, drawn whichever way is cheaper for it: gift by gift (a Poisson count, then that many sizes)
 * when few gifts are expected, or size by size when many are (a compound Poisson sum over a discrete set of sizes
 * splits into independent Poisson counts, one per distinct size, each drawn in constant time however large), so a
 * rollout costs about as much for a side expecting 3,000 gifts as for one expecting 50.
 */
final class SideGains {

    private final long secured;
    private final Stretch[] stretches;

    private SideGains(long secured, Stretch[] stretches) {
        this.secured = secured;
        this.stretches = stretches;
    }

    static SideGains of(RaceState state, ArrivalModel model, int side) {
        long[] sizes = model.samples(side);
        double perMilli = model.rate(side) / 1000;
        long[] millis = {state.boostedMillis(side), state.plainMillis(side)};
        long[] factors = {state.multiplier(side), 1};
        Stretch[] stretches = new Stretch[millis.length];
        int used = 0;
        for (int s = 0; s < millis.length; s++) {
            double expected = perMilli * millis[s];
            if (expected > 0 && sizes.length > 0) {
                stretches[used++] = Stretch.of(sizes, factors[s], expected);
            }
        }
        return new SideGains(state.securedScore(side), Arrays.copyOf(stretches, used));
    }

    long draw(SplitMix random) {
        long gained = 0;
        for (Stretch stretch : stretches) {
            gained += stretch.draw(random);
        }
        return Saturating.add(secured, gained);
    }

    /** The points one stretch of time brings: {@code expected} gifts, sizes drawn from a sample, times a factor. */
    private abstract static class Stretch {

        static Stretch of(long[] sizes, long factor, double expected) {
            long[] points = new long[sizes.length];
            for (int i = 0; i < sizes.length; i++) {
                points[i] = Saturating.multiply(sizes[i], factor);
            }
            Arrays.sort(points);
            // Gift by gift costs about one uniform per gift; size by size about 1 + mean per small count, 3 per large.
            return expected + 1 <= BySize.cost(points, expected)
                    ? new ByGift(points, expected)
                    : new BySize(points, expected);
        }

        abstract long draw(SplitMix random);
    }

    private static final class ByGift extends Stretch {

        private final long[] points;
        private final PoissonCount gifts;

        ByGift(long[] points, double expected) {
            this.points = points;
            this.gifts = new PoissonCount(expected);
        }

        @Override
        long draw(SplitMix random) {
            long sum = 0;
            for (long n = gifts.draw(random); n > 0; n--) {
                sum += points[(int) (((random.nextLong() >>> 33) * points.length) >>> 31)];
            }
            return sum;
        }
    }

    private static final class BySize extends Stretch {

        private final long[] points;
        private final PoissonCount[] counts;

        BySize(long[] sortedPoints, double expected) {
            long[] distinct = new long[sortedPoints.length];
            PoissonCount[] poisson = new PoissonCount[sortedPoints.length];
            int terms = 0;
            for (int from = 0, to; from < sortedPoints.length; from = to) {
                to = runEnd(sortedPoints, from);
                if (sortedPoints[from] > 0) {
                    distinct[terms] = sortedPoints[from];
                    poisson[terms++] = new PoissonCount(expected * (to - from) / sortedPoints.length);
                }
            }
            this.points = Arrays.copyOf(distinct, terms);
            this.counts = Arrays.copyOf(poisson, terms);
        }

        /** Roughly how many uniforms one draw takes. */
        static double cost(long[] sortedPoints, double expected) {
            double work = 0;
            for (int from = 0, to; from < sortedPoints.length; from = to) {
                to = runEnd(sortedPoints, from);
                double mean = expected * (to - from) / sortedPoints.length;
                work += mean < PoissonCount.SMALL_MEAN ? 1 + mean : 3;
            }
            return work;
        }

        private static int runEnd(long[] sorted, int from) {
            int to = from;
            while (to < sorted.length && sorted[to] == sorted[from]) {
                to++;
            }
            return to;
        }

        @Override
        long draw(SplitMix random) {
            long sum = 0;
            for (int j = 0; j < points.length; j++) {
                sum += points[j] * counts[j].draw(random);
            }
            return sum;
        }
    }
}
