package io.battlesim.engine.sim;

import io.battlesim.engine.agent.CatalogueGift;
import io.battlesim.engine.event.Gift;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * One side's simulated audience in one battle, played from a {@link CrowdModel} with its own generator. Arrivals
 * form a Poisson process whose rate is constant within each tenth of the round (time makers' extra time runs at
 * the last tenth's rate): the time to the next arrival is drawn from the exponential distribution, and redrawn from
 * the next tenth's start when it would cross into it (exact, since the process is memoryless), so a step without an
 * arrival costs one comparison. Each arrival is a big spender's gift or an everyday gift, a streak of a drawn length
 * when streakable. A few everyday gifters give most: a gifter is drawn with probability falling with their index.
 */
final class Crowd {

    private final int side;
    private final RandomGenerator random;
    private final long startedAt;
    private final double binMillis;
    private final double[] perMilli;
    private final Mix everyday;
    private final Mix big;
    private final int[] lengths;
    private final double bigShare;
    private final int gifters;
    private final int bigSpenders;
    private double next = Double.NaN;

    /** A weighted choice of gifts, with their events' gift made once. */
    private static final class Mix {
        final double[] cumulative;
        final Gift[] gifts;

        Mix(List<CrowdModel.GiftWeight> weights) {
            cumulative = new double[weights.size()];
            gifts = new Gift[weights.size()];
            double sum = 0;
            for (int i = 0; i < gifts.length; i++) {
                CatalogueGift gift = weights.get(i).gift();
                sum += weights.get(i).weight();
                cumulative[i] = sum;
                gifts[i] = gift.toGift();
            }
        }

        Gift pick(RandomGenerator random) {
            double roll = random.nextDouble() * cumulative[cumulative.length - 1];
            for (int i = 0; i < cumulative.length - 1; i++) {
                if (roll < cumulative[i]) {
                    return gifts[i];
                }
            }
            return gifts[gifts.length - 1];
        }
    }

    Crowd(CrowdModel model, int side, RandomGenerator random, long startedAt, long durationMillis) {
        this.side = side;
        this.random = random;
        this.startedAt = startedAt;
        this.binMillis = durationMillis / (double) CrowdModel.BINS;
        this.perMilli = model.arrivalsPerSecond();
        for (int i = 0; i < perMilli.length; i++) {
            perMilli[i] /= 1000;
        }
        this.everyday = new Mix(model.mix());
        this.big = model.bigShare() > 0 ? new Mix(model.bigMix()) : everyday;
        this.lengths = model.streakLengths();
        this.bigShare = model.bigShare();
        this.gifters = model.gifters();
        this.bigSpenders = model.bigSpenders();
    }

    /** Schedules the arrivals from {@code from} (inclusive) to {@code until} (exclusive). */
    void arrive(long from, long until, Deliveries out) {
        if (Double.isNaN(next)) {
            next = nextAfter(from);
        }
        while (next < until) {
            gift((long) next, out);
            next = nextAfter(next);
        }
    }

    private void gift(long at, Deliveries out) {
        if (random.nextDouble() < bigShare) {
            out.give(Viewers.big(random.nextInt(bigSpenders)), side, big.pick(random), 1, at);
            return;
        }
        Gift gift = everyday.pick(random);
        int count = gift.streakable() ? lengths[random.nextInt(lengths.length)] : 1;
        double u = random.nextDouble();
        out.give(Viewers.regular((int) (gifters * u * u)), side, gift, count, at);
    }

    /** The next arrival after {@code time} (ms), or infinity when none is to come. */
    private double nextAfter(double time) {
        double t = time;
        while (true) {
            int bin = (int) Math.clamp(Math.floor((t - startedAt) / binMillis), 0, CrowdModel.BINS - 1);
            boolean last = bin == CrowdModel.BINS - 1;
            double binEnd = last ? Double.POSITIVE_INFINITY : startedAt + (bin + 1) * binMillis;
            double rate = perMilli[bin];
            if (rate > 0) {
                double arrival = t - Math.log1p(-random.nextDouble()) / rate;
                if (arrival < binEnd) {
                    return arrival;
                }
            } else if (last) {
                return Double.POSITIVE_INFINITY;
            }
            t = binEnd;
        }
    }
}
