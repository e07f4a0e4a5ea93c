package io.battlesim.engine.sim;

import io.battlesim.engine.BattleConfig;
import io.battlesim.engine.agent.CatalogueGift;
import io.battlesim.engine.agent.GiftCatalogue;
import io.battlesim.engine.event.BattleEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A side's audience as the simulator plays it: gift arrivals (a streak or a single gift each) as a Poisson process
 * whose rate changes over the round in {@value #BINS} equal time bins, everyday gifts drawn from a weighted mix,
 * streak lengths drawn from an observed distribution, and a share of arrivals from big spenders with their own mix
 * of gifts worth at least {@value #BIG_GIFT_COINS} coins. Fit one to a recorded battle with {@link #fit}, or use
 * {@link #typical()}. Arrays are copied in and out.
 *
 * @param arrivalsPerSecond arrivals per second in each tenth of the round; {@value #BINS} finite, not negative rates
 * @param mix everyday gifts and their weights; never null, not empty
 * @param streakLengths taps per streak of a streakable gift, drawn uniformly; never null, not empty, each at least 1
 * @param bigShare the share of arrivals that are a big spender's gift, in [0, 1]
 * @param bigMix big spenders' gifts and their weights; never null, not empty when {@code bigShare} is positive
 * @param gifters how many everyday gifters there are (a few of them give most), 1 to 1024
 * @param bigSpenders how many big spenders there are, 1 to 64
 */
public record CrowdModel(
        double[] arrivalsPerSecond,
        List<GiftWeight> mix,
        int[] streakLengths,
        double bigShare,
        List<GiftWeight> bigMix,
        int gifters,
        int bigSpenders) {

    /** Time bins of the rate over the round. */
    public static final int BINS = 10;

    /** A gift of at least this unit price is a big spender's. */
    public static final long BIG_GIFT_COINS = 1_000;

    /**
     * A gift in a mix.
     *
     * @param gift the gift; never null
     * @param weight its relative frequency, positive and finite
     */
    public record GiftWeight(CatalogueGift gift, double weight) {

        public GiftWeight {
            Objects.requireNonNull(gift, "gift must not be null");
            if (!(weight > 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("weight must be positive and finite but was " + weight);
            }
        }
    }

    public CrowdModel {
        arrivalsPerSecond = Objects.requireNonNull(arrivalsPerSecond, "arrivalsPerSecond must not be null")
                .clone();
        mix = List.copyOf(Objects.requireNonNull(mix, "mix must not be null"));
        streakLengths = Objects.requireNonNull(streakLengths, "streakLengths must not be null")
                .clone();
        bigMix = List.copyOf(Objects.requireNonNull(bigMix, "bigMix must not be null"));
        if (arrivalsPerSecond.length != BINS) {
            throw new IllegalArgumentException(
                    "arrivalsPerSecond needs " + BINS + " bins but has " + arrivalsPerSecond.length);
        }
        for (double rate : arrivalsPerSecond) {
            if (!(rate >= 0) || Double.isInfinite(rate)) {
                throw new IllegalArgumentException("arrival rates must be finite and not negative: " + rate);
            }
        }
        if (mix.isEmpty() || streakLengths.length == 0) {
            throw new IllegalArgumentException("mix and streakLengths must not be empty");
        }
        for (int taps : streakLengths) {
            if (taps < 1) {
                throw new IllegalArgumentException("a streak has at least 1 tap but one had " + taps);
            }
        }
        if (!(bigShare >= 0 && bigShare <= 1) || (bigShare > 0 && bigMix.isEmpty())) {
            throw new IllegalArgumentException("bigShare must be in [0, 1] with a big mix when positive: " + bigShare);
        }
        if (gifters < 1 || gifters > Viewers.REGULAR || bigSpenders < 1 || bigSpenders > Viewers.BIG) {
            throw new IllegalArgumentException("gifters must be 1 to " + Viewers.REGULAR + " and bigSpenders 1 to "
                    + Viewers.BIG + " but were " + gifters + " and " + bigSpenders);
        }
    }

    /**
     * A modest creator's battle audience: about 0.25 arrivals a second, slower at the start and rising to a final
     * push; everyday gifts weighted like the emulator's (mostly Roses and Finger Hearts), streaks of 1 to 60 taps
     * (9 on average), and 3 % of arrivals from three big spenders (Galaxy up to TikTok Universe, mostly the cheaper
     * ones).
     */
    public static CrowdModel typical() {
        double[] shape = {0.7, 0.8, 0.8, 0.9, 0.9, 1.0, 1.0, 1.1, 1.3, 1.5};
        double[] rates = new double[BINS];
        for (int i = 0; i < BINS; i++) {
            rates[i] = 0.25 * shape[i];
        }
        List<GiftWeight> mix = weights("Rose 30, TikTok 7, Ice Cream Cone 8, GG 6, Finger Heart 12, Rosa 6,"
                + " Perfume 5, Doughnut 5, Cap 3, Hand Hearts 3, Confetti 3, Sunglasses 2, Corgi 2, Money Gun 1.5,"
                + " Swan 1, Train 1");
        List<GiftWeight> big = weights("Galaxy 10, Gold Mine 8, Private Jet 5, Unicorn Fantasy 4, Sports Car 3,"
                + " Interstellar 2.5, Falcon 2, Rocket 1, Lion 0.8, Thunder Falcon 0.4, Fire Phoenix 0.4, Pegasus 0.4,"
                + " TikTok Universe 0.3");
        int[] lengths = {1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5, 6, 8, 10, 12, 15, 20, 30, 60};
        return new CrowdModel(rates, mix, lengths, 0.03, big, 60, 3);
    }

    /**
     * The average side's audience in a recorded battle: its gift events (deduplicated, streaks grouped as the engine
     * groups them) between the start and the configured end, pooled over the sides and divided by their number.
     * Arguments must not be null.
     */
    public static CrowdModel fit(List<BattleEvent> recordedEvents, BattleConfig config) {
        return new CrowdFit(recordedEvents, config).model(-1);
    }

    /** One side's audience in a recorded battle, as {@link #fit(List, BattleConfig)} reads it; side by index. */
    public static CrowdModel fit(List<BattleEvent> recordedEvents, BattleConfig config, int side) {
        Objects.checkIndex(side, config.sides().size());
        return new CrowdFit(recordedEvents, config).model(side);
    }

    /** The most streak lengths a pooled audience keeps (an even sample of the recorded ones beyond that). */
    public static final int MAX_POOLED_STREAKS = 4_096;

    /**
     * The audience of many recorded battles as one: the mean arrival rate in each bin, gift mixes weighted by each
     * audience's share of the arrivals, the big spenders' share and mix likewise, every streak length (an even sample
     * of at most {@value #MAX_POOLED_STREAKS}), and the mean numbers of gifters and big spenders. Audiences that gave
     * nothing count towards the rates only.
     *
     * @param audiences one per recorded battle (or side); never null, not empty
     */
    public static CrowdModel pool(List<CrowdModel> audiences) {
        Objects.requireNonNull(audiences, "audiences must not be null");
        if (audiences.isEmpty()) {
            throw new IllegalArgumentException("audiences must not be empty");
        }
        double[] rates = new double[BINS];
        double arrivals = 0;
        double bigArrivals = 0;
        double gifterSum = 0;
        double bigSpenderSum = 0;
        int giving = 0;
        Map<CatalogueGift, Double> everyday = new LinkedHashMap<>();
        Map<CatalogueGift, Double> big = new LinkedHashMap<>();
        List<Integer> lengths = new ArrayList<>();
        for (CrowdModel audience : audiences) {
            double mean = audience.meanArrivalsPerSecond();
            for (int bin = 0; bin < BINS; bin++) {
                rates[bin] += audience.arrivalsPerSecond[bin] / audiences.size();
            }
            if (mean == 0) {
                continue;
            }
            giving++;
            arrivals += mean;
            bigArrivals += mean * audience.bigShare;
            gifterSum += audience.gifters;
            bigSpenderSum += audience.bigSpenders;
            addWeights(everyday, audience.mix, mean * (1 - audience.bigShare));
            if (audience.bigShare > 0) {
                addWeights(big, audience.bigMix, mean * audience.bigShare);
            }
            for (int taps : audience.streakLengths) {
                lengths.add(taps);
            }
        }
        if (giving == 0) {
            CrowdModel fallback = typical();
            return new CrowdModel(rates, fallback.mix, new int[] {1}, 0, List.of(), 1, 1);
        }
        int keep = Math.min(lengths.size(), MAX_POOLED_STREAKS);
        int[] taps = new int[keep];
        for (int i = 0; i < keep; i++) {
            taps[i] = lengths.get((int) ((long) i * lengths.size() / keep));
        }
        return new CrowdModel(
                rates,
                everyday.isEmpty() ? typical().mix : toWeights(everyday),
                taps,
                bigArrivals / arrivals,
                toWeights(big),
                (int) Math.clamp(Math.round(gifterSum / giving), 1, Viewers.REGULAR),
                (int) Math.clamp(Math.round(bigSpenderSum / giving), 1, Viewers.BIG));
    }

    private static void addWeights(Map<CatalogueGift, Double> into, List<GiftWeight> mix, double share) {
        if (share <= 0) {
            return;
        }
        double total = 0;
        for (GiftWeight weight : mix) {
            total += weight.weight();
        }
        for (GiftWeight weight : mix) {
            into.merge(weight.gift(), share * weight.weight() / total, Double::sum);
        }
    }

    private static List<GiftWeight> toWeights(Map<CatalogueGift, Double> weights) {
        List<GiftWeight> result = new ArrayList<>();
        weights.forEach((gift, weight) -> result.add(new GiftWeight(gift, weight)));
        return result;
    }

    /** This audience with every arrival rate multiplied by {@code factor} (finite, not negative). */
    public CrowdModel scaled(double factor) {
        double[] rates = arrivalsPerSecond.clone();
        for (int i = 0; i < BINS; i++) {
            rates[i] *= factor;
        }
        return new CrowdModel(rates, mix, streakLengths, bigShare, bigMix, gifters, bigSpenders);
    }

    /** The mean arrival rate over the round, per second. */
    public double meanArrivalsPerSecond() {
        double sum = 0;
        for (double rate : arrivalsPerSecond) {
            sum += rate;
        }
        return sum / BINS;
    }

    @Override
    public double[] arrivalsPerSecond() {
        return arrivalsPerSecond.clone();
    }

    @Override
    public int[] streakLengths() {
        return streakLengths.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CrowdModel that
                && Arrays.equals(arrivalsPerSecond, that.arrivalsPerSecond)
                && mix.equals(that.mix)
                && Arrays.equals(streakLengths, that.streakLengths)
                && Double.compare(bigShare, that.bigShare) == 0
                && bigMix.equals(that.bigMix)
                && gifters == that.gifters
                && bigSpenders == that.bigSpenders;
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                Arrays.hashCode(arrivalsPerSecond),
                mix,
                Arrays.hashCode(streakLengths),
                bigShare,
                bigMix,
                gifters,
                bigSpenders);
    }

    @Override
    public String toString() {
        return "CrowdModel[arrivalsPerSecond=" + Arrays.toString(arrivalsPerSecond) + ", mix=" + mix
                + ", streakLengths=" + Arrays.toString(streakLengths) + ", bigShare=" + bigShare + ", bigMix="
                + bigMix + ", gifters=" + gifters + ", bigSpenders=" + bigSpenders + "]";
    }

    /** Catalogue gifts and weights from {@code "Name weight, Name weight, ..."}. */
    private static List<GiftWeight> weights(String spec) {
        List<GiftWeight> result = new ArrayList<>();
        for (int from = 0; from < spec.length(); ) {
            int end = spec.indexOf(',', from);
            String entry = spec.substring(from, end < 0 ? spec.length() : end).strip();
            int space = entry.lastIndexOf(' ');
            String name = entry.substring(0, space);
            CatalogueGift gift = Objects.requireNonNull(GiftCatalogue.byName(name), "not in the catalogue: " + name);
            result.add(new GiftWeight(gift, Double.parseDouble(entry.substring(space + 1))));
            from = end < 0 ? spec.length() : end + 1;
        }
        return result;
    }
}
