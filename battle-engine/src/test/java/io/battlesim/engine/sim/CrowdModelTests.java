package io.battlesim.engine.sim;

import static io.battlesim.engine.sim.SimFixtures.oneVsOne;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import io.battlesim.engine.BattleConfig;
import io.battlesim.engine.agent.GiftCatalogue;
import io.battlesim.engine.event.BattleEvent;
import io.battlesim.engine.event.Gift;
import io.battlesim.engine.event.GiftReceived;
import io.battlesim.engine.event.Sender;
import io.battlesim.engine.event.Start;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CrowdModelTests {

    private static final Sender FAN = new Sender("7", "fan", "Fan");

    @Test
    void fitRecoversAKnownRateAndMixFromASyntheticLog() {
        double[] rates = {1, 1, 1, 2, 2, 2, 3, 3, 3, 4};
        CrowdModel known = new CrowdModel(
                rates,
                List.of(weight("Rose", 0.6), weight("Finger Heart", 0.3), weight("Corgi", 0.1)),
                new int[] {1, 5, 9},
                0.05,
                List.of(weight("Galaxy", 0.8), weight("Lion", 0.2)),
                40,
                3);
        BattleConfig config = oneVsOne().build();
        List<BattleEvent> log =
                SimFixtures.record(new SimulationSetup(config, List.of(), Map.of(0, known, 1, known), 99)).events;

        CrowdModel fitted = CrowdModel.fit(log, config);

        double[] fittedRates = fitted.arrivalsPerSecond();
        for (int bin = 0; bin < CrowdModel.BINS; bin++) {
            assertThat(fittedRates[bin]).as("bin %d", bin).isCloseTo(rates[bin], within(rates[bin] * 0.25));
        }
        assertThat(fitted.meanArrivalsPerSecond()).isCloseTo(known.meanArrivalsPerSecond(), within(0.1));
        assertThat(weightOf(fitted.mix(), "Rose")).isCloseTo(0.6, within(0.05));
        assertThat(weightOf(fitted.mix(), "Finger Heart")).isCloseTo(0.3, within(0.05));
        assertThat(weightOf(fitted.mix(), "Corgi")).isCloseTo(0.1, within(0.03));
        assertThat(fitted.bigShare()).isCloseTo(0.05, within(0.02));
        assertThat(weightOf(fitted.bigMix(), "Galaxy")).isCloseTo(0.8, within(0.15));
        // streaks still running at the bell are cut short
        assertThat(Arrays.stream(fitted.streakLengths()).filter(taps -> taps != 1 && taps != 5 && taps != 9))
                .hasSizeLessThan(5);
        assertThat(fitted.bigSpenders()).isEqualTo(3);
    }

    @Test
    void fitsOneSideFromItsOwnGiftsOnly() {
        BattleConfig config = oneVsOne().build();
        CrowdModel busy = CrowdModel.typical().scaled(8);
        List<BattleEvent> log = SimFixtures.record(new SimulationSetup(config, List.of(), Map.of(1, busy), 5)).events;

        assertThat(CrowdModel.fit(log, config, 0).meanArrivalsPerSecond()).isZero();
        assertThat(CrowdModel.fit(log, config, 1).meanArrivalsPerSecond())
                .isCloseTo(busy.meanArrivalsPerSecond(), within(0.3));
        assertThat(CrowdModel.fit(log, config).meanArrivalsPerSecond())
                .isCloseTo(busy.meanArrivalsPerSecond() / 2, within(0.15));
    }

    @Test
    void fitCountsAStreakOnceAtItsFinalCountAndIgnoresDuplicatesAndLateGifts() {
        BattleConfig config = oneVsOne().build();
        long t0 = 1_000_000;
        Gift rose = new Gift(5655, "Rose", 1, 1);
        List<BattleEvent> log = new ArrayList<>();
        log.add(new Start(t0));
        log.add(new GiftReceived("m1", "room-a", FAN, null, rose, 1, false, "g1", t0 + 1_000));
        log.add(new GiftReceived("m2", "room-a", FAN, null, rose, 4, false, "g1", t0 + 1_300));
        log.add(new GiftReceived("m2", "room-a", FAN, null, rose, 4, false, "g1", t0 + 1_300));
        log.add(new GiftReceived("m3", "room-a", FAN, null, rose, 6, true, "g1", t0 + 1_500));
        log.add(new GiftReceived("m4", "room-a", FAN, null, rose, 1, true, "g2", t0 + 400_000));

        CrowdModel fitted = CrowdModel.fit(log, config, 0);

        assertThat(fitted.arrivalsPerSecond()[0]).isCloseTo(1 / 30.0, within(1e-9));
        assertThat(fitted.meanArrivalsPerSecond()).isCloseTo(1 / 300.0, within(1e-9));
        assertThat(fitted.streakLengths()).containsExactly(6);
        assertThat(fitted.bigShare()).isZero();
    }

    @Test
    void typicalIsAModestAudienceRisingToAFinalPush() {
        CrowdModel typical = CrowdModel.typical();

        assertThat(typical.meanArrivalsPerSecond()).isCloseTo(0.25, within(0.01));
        assertThat(typical.arrivalsPerSecond()[CrowdModel.BINS - 1]).isGreaterThan(typical.arrivalsPerSecond()[0]);
        assertThat(typical.bigMix())
                .allSatisfy(weighted ->
                        assertThat(weighted.gift().coins()).isGreaterThanOrEqualTo((int) CrowdModel.BIG_GIFT_COINS));
        assertThat(typical.mix())
                .allSatisfy(
                        weighted -> assertThat(weighted.gift().coins()).isLessThan((int) CrowdModel.BIG_GIFT_COINS));
    }

    @Test
    void refusesRatesForAnythingButTenBins() {
        CrowdModel typical = CrowdModel.typical();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CrowdModel(new double[3], typical.mix(), new int[] {1}, 0, List.of(), 1, 1))
                .withMessageContaining("10 bins");
    }

    @Test
    void poolingWeighsEachAudienceByItsArrivals() {
        double[] fast = new double[CrowdModel.BINS];
        double[] slow = new double[CrowdModel.BINS];
        Arrays.fill(fast, 3);
        Arrays.fill(slow, 1);
        var roses = new CrowdModel(fast, List.of(weight("Rose", 1)), new int[] {10}, 0, List.of(), 30, 1);
        var corgis = new CrowdModel(
                slow, List.of(weight("Corgi", 1)), new int[] {1}, 0.5, List.of(weight("Lion", 1)), 10, 3);

        CrowdModel pooled = CrowdModel.pool(List.of(roses, corgis));

        assertThat(pooled.arrivalsPerSecond()).containsOnly(2.0);
        // 3 rose arrivals a second against 0.5 everyday corgi arrivals
        assertThat(weightOf(pooled.mix(), "Rose") / (weightOf(pooled.mix(), "Rose") + weightOf(pooled.mix(), "Corgi")))
                .isCloseTo(3 / 3.5, within(1e-9));
        assertThat(pooled.bigShare()).isCloseTo(0.5 / 4, within(1e-9));
        assertThat(pooled.bigMix())
                .extracting(weighted -> weighted.gift().name())
                .containsExactly("Lion");
        assertThat(pooled.streakLengths()).containsExactlyInAnyOrder(10, 1);
        assertThat(pooled.gifters()).isEqualTo(20);
        assertThat(pooled.bigSpenders()).isEqualTo(2);
    }

    @Test
    void aSilentBattleLowersThePooledRateButNotTheMix() {
        CrowdModel typical = CrowdModel.typical();
        var silent = new CrowdModel(new double[CrowdModel.BINS], typical.mix(), new int[] {1}, 0, List.of(), 1, 1);

        CrowdModel pooled = CrowdModel.pool(List.of(typical, silent));

        assertThat(pooled.meanArrivalsPerSecond()).isCloseTo(typical.meanArrivalsPerSecond() / 2, within(1e-9));
        assertThat(weightOf(pooled.mix(), "Rose"))
                .isCloseTo(
                        weightOf(typical.mix(), "Rose")
                                / totalWeight(typical.mix())
                                * (1 - typical.bigShare())
                                * typical.meanArrivalsPerSecond(),
                        within(1e-9));
        assertThat(pooled.bigShare()).isCloseTo(typical.bigShare(), within(1e-9));
        assertThat(CrowdModel.pool(List.of(silent)).meanArrivalsPerSecond()).isZero();
    }

    @Test
    void poolingKeepsAnEvenSampleOfManyStreaks() {
        int[] lengths = new int[3_000];
        Arrays.setAll(lengths, i -> 1 + i % 60);
        var busy = new CrowdModel(
                CrowdModel.typical().arrivalsPerSecond(), CrowdModel.typical().mix(), lengths, 0, List.of(), 60, 1);

        int[] pooled = CrowdModel.pool(List.of(busy, busy)).streakLengths();

        assertThat(pooled).hasSize(CrowdModel.MAX_POOLED_STREAKS);
        assertThat(Arrays.stream(pooled).average().orElseThrow())
                .isCloseTo(Arrays.stream(lengths).average().orElseThrow(), within(0.5));
        assertThatIllegalArgumentException().isThrownBy(() -> CrowdModel.pool(List.of()));
    }

    private static double totalWeight(List<CrowdModel.GiftWeight> mix) {
        return mix.stream().mapToDouble(CrowdModel.GiftWeight::weight).sum();
    }

    private static CrowdModel.GiftWeight weight(String name, double weight) {
        return new CrowdModel.GiftWeight(GiftCatalogue.byName(name), weight);
    }

    private static double weightOf(List<CrowdModel.GiftWeight> mix, String name) {
        return mix.stream()
                .filter(weighted -> weighted.gift().name().equals(name))
                .mapToDouble(CrowdModel.GiftWeight::weight)
                .sum();
    }
}
