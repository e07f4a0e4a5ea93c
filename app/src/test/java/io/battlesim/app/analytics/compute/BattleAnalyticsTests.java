package io.battlesim.app.analytics.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.battlesim.engine.ApplyResult;
import io.battlesim.engine.Battle;
import io.battlesim.engine.BattleConfig;
import io.battlesim.engine.SideConfig;
import io.battlesim.engine.event.BattleEvent;
import io.battlesim.engine.event.End;
import io.battlesim.engine.event.Gift;
import io.battlesim.engine.event.GiftReceived;
import io.battlesim.engine.event.PowerUpTriggered;
import io.battlesim.engine.event.Sender;
import io.battlesim.engine.event.Start;
import io.battlesim.engine.event.Tick;
import io.battlesim.engine.powerup.PowerUpKind;
import io.battlesim.engine.powerup.TriggeredBy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A battle's analytics computed from the changes of a real engine, event by event, as a replay of its log gives them. */
class BattleAnalyticsTests {

    /** 2023-11-14T22:13:20Z, a Tuesday. */
    private static final long T0 = 1_700_000_000_000L;

    private static final Gift ROSE = new Gift(5655, "Rose", 1, 1);
    private static final Gift LION = new Gift(6369, "Lion", 4, 29_999);
    private static final Sender ZOE = new Sender("7", "zoe", "Zoe");
    private static final Sender MAX = new Sender("8", "max", "Max <b>");

    private final Replaying battle = new Replaying(Duration.ofMinutes(5));

    @Test
    void listsEveryLeadTakenWithTheScoresAfterIt() { // GH-12
        battle.gift("g1", "room-a", ZOE, coins(100), 10);
        battle.gift("g2", "room-b", MAX, coins(300), 20);
        battle.gift("g3", "room-a", ZOE, coins(500), 30);

        BattleAnalytics analytics = battle.endAt(300).analytics();

        assertThat(analytics.leadChangeCount())
                .as("the first lead is no change")
                .isEqualTo(2);
        assertThat(analytics.leadChanges())
                .extracting(BattleAnalytics.LeadChange::at, BattleAnalytics.LeadChange::sideId, l -> l.scores())
                .containsExactly(
                        tuple(10_000L, "s1", List.of(100L, 0L)),
                        tuple(20_000L, "s2", List.of(100L, 300L)),
                        tuple(30_000L, "s1", List.of(600L, 300L)));
        assertThat(analytics.winnerSideId()).isEqualTo("s1");
        assertThat(analytics.scores().getLast().scores()).containsExactly(600L, 300L);
        assertThat(analytics.scores().getLast().at()).isEqualTo(300_000L);
    }

    @Test
    void sortsGiftsIntoValueBandsByTheCoinsOfOneCommit() { // GH-12
        battle.streak("r1", "room-a", ZOE, ROSE, 5, 5);
        long[] prices = {1, 7, 50, 500, 5_000, 29_999};
        for (int i = 0; i < prices.length; i++) {
            battle.gift("p" + i, "room-b", MAX, coins(prices[i]), 10 + i);
        }

        BattleAnalytics analytics = battle.endAt(300).analytics();

        assertThat(analytics.valueBands())
                .extracting(BattleAnalytics.ValueBand::label, BattleAnalytics.ValueBand::gifts)
                .containsExactly(
                        tuple("1", 1L),
                        tuple("2–9", 2L),
                        tuple("10–99", 1L),
                        tuple("100–999", 1L),
                        tuple("1,000–9,999", 1L),
                        tuple("10,000+", 1L));
        assertThat(analytics.giftTypes().getFirst().coins()).isEqualTo(29_999);
        assertThat(analytics.giftTypes())
                .filteredOn(type -> type.name().equals("Rose"))
                .singleElement()
                .satisfies(rose -> {
                    assertThat(rose.gifts()).isEqualTo(1);
                    assertThat(rose.units()).isEqualTo(5);
                });
    }

    @Test
    void aThreeCoinRoseWhileLosingBy26000IsNoSnipe() { // GH-12
        battle.gift("big", "room-b", MAX, coins(27_000), 100);
        battle.gift("small", "room-a", ZOE, coins(1_000), 110);

        battle.streak("rose", "room-a", ZOE, ROSE, 3, 298);
        BattleAnalytics analytics = battle.endAt(300).analytics();

        assertThat(analytics.snipeCount()).isZero();
        assertThat(analytics.snipes()).isEmpty();
    }

    @Test
    void aGiftThatTakesTheLeadInTheLastSecondsIsASnipe() { // GH-12
        battle.gift("big", "room-b", MAX, coins(27_000), 100);
        battle.gift("early-lion", "room-a", ZOE, LION, 200);
        battle.gift("answer", "room-b", MAX, coins(10_000), 250);

        battle.gift("lion", "room-a", ZOE, LION, 299);
        AnalyticsCalculator.Computed computed = battle.endAt(300);

        BattleAnalytics.Snipe snipe = computed.analytics().snipes().getFirst();
        assertThat(computed.analytics().snipeCount())
                .as("the Lion at 3:20 was long before the end")
                .isEqualTo(1);
        assertThat(snipe.nickname()).isEqualTo("Zoe");
        assertThat(snipe.outcome()).isEqualTo("TOOK_LEAD");
        assertThat(snipe.millisLeft()).isEqualTo(1_000);
        assertThat(snipe.scoresBefore()).containsExactly(29_999L, 37_000L);
        assertThat(snipe.scoresAfter()).containsExactly(59_998L, 37_000L);
        assertThat(computed.creators())
                .extracting(
                        CreatorSlice::creator,
                        CreatorSlice::result,
                        CreatorSlice::wonBySnipe,
                        CreatorSlice::lostBySnipe)
                .containsExactly(tuple("ava", "WIN", true, false), tuple("leo", "LOSS", false, true));
    }

    @Test
    void aGiftThatBringsItsSideWithinItsOwnPointsOfTheLeaderIsASnipe() {
        battle.gift("lead", "room-b", MAX, coins(1_500), 100);

        battle.gift("close", "room-a", ZOE, coins(1_000), 290);
        BattleAnalytics analytics = battle.endAt(300).analytics();

        assertThat(analytics.snipes())
                .extracting(BattleAnalytics.Snipe::outcome)
                .containsExactly("WITHIN_REACH");
        assertThat(analytics.winnerSideId()).isEqualTo("s2");
    }

    @Test
    void measuresABoostersWindowAgainstAnEqualWindowBeforeIt() { // GH-12
        battle.gift("before", "room-a", ZOE, coins(100), 40);
        battle.gift("too-early", "room-a", ZOE, coins(1_000), 20);
        battle.powerUp(PowerUpKind.BOOSTING_GLOVE, "s1", 60);
        battle.gift("during", "room-a", ZOE, coins(100), 70);
        battle.gift("after", "room-a", ZOE, coins(1_000), 95);

        BattleAnalytics.Booster glove = battle.endAt(300).analytics().boosters().getFirst();

        assertThat(glove.kind()).isEqualTo("BOOSTING_GLOVE");
        assertThat(glove.triggeredBy()).isEqualTo("CREATOR");
        assertThat(List.of(glove.beforeFrom(), glove.from(), glove.until())).containsExactly(30_000L, 60_000L, 90_000L);
        assertThat(glove.side()).isEqualTo(new BattleAnalytics.Window(100, 200, 100));
        assertThat(glove.opponents()).isNull();
    }

    @Test
    void showsWhatAStunHammerDidToTheOpponentsScoring() {
        battle.gift("b-before", "room-b", MAX, coins(300), 50);
        battle.powerUp(PowerUpKind.STUN_HAMMER, "s1", 60);
        battle.gift("b-frozen", "room-b", MAX, coins(500), 65);
        battle.gift("a-during", "room-a", ZOE, coins(40), 66);

        BattleAnalytics.Booster hammer =
                battle.endAt(300).analytics().boosters().getFirst();

        assertThat(hammer.side()).isEqualTo(new BattleAnalytics.Window(0, 40, 40));
        assertThat(hammer.opponents()).isEqualTo(new BattleAnalytics.Window(300, 0, 500));
    }

    @Test
    void cutsABoostersWindowAtTheEndAndTheWindowBeforeToTheSameLength() {
        battle.gift("long-before", "room-a", ZOE, coins(1_000), 270);
        battle.gift("just-before", "room-a", ZOE, coins(10), 285);
        battle.powerUp(PowerUpKind.BOOSTING_GLOVE, "s1", 290);
        battle.gift("during", "room-a", ZOE, coins(10), 295);

        BattleAnalytics.Booster glove = battle.endAt(300).analytics().boosters().getFirst();

        assertThat(List.of(glove.beforeFrom(), glove.from(), glove.until()))
                .containsExactly(280_000L, 290_000L, 300_000L);
        assertThat(glove.side()).isEqualTo(new BattleAnalytics.Window(10, 20, 10));
    }

    @Test
    void countsAWinAfterTrailingDeeplyInTheLastMinuteAsAComeback() {
        battle.gift("a", "room-a", ZOE, coins(1_000), 30);
        battle.gift("b", "room-b", MAX, coins(5_000), 100);
        battle.gift("a-late", "room-a", ZOE, coins(4_100), 250);

        List<CreatorSlice> creators = battle.endAt(300).creators();

        assertThat(creators)
                .extracting(CreatorSlice::creator, CreatorSlice::comeback, CreatorSlice::comebackAgainst)
                .containsExactly(tuple("ava", true, false), tuple("leo", false, true));
    }

    @Test
    void aWinAfterTrailingOnlyEarlyIsNoComeback() {
        battle.gift("b", "room-b", MAX, coins(5_000), 10);
        battle.gift("a", "room-a", ZOE, coins(6_000), 100);

        assertThat(battle.endAt(300).creators()).noneMatch(CreatorSlice::comeback);
    }

    @Test
    void countsEachCreatorsGiftsByUtcHourAndWeekday() {
        battle.gift("a", "room-a", ZOE, coins(10), 5);
        battle.gift("b", "room-b", MAX, coins(20), 6);

        CreatorSlice ava = battle.endAt(300).creators().getFirst();

        assertThat(ava.hourGifts().get(22)).isEqualTo(1);
        assertThat(ava.hourCoins().get(22)).isEqualTo(10);
        assertThat(ava.weekdayGifts()).containsExactly(0L, 1L, 0L, 0L, 0L, 0L, 0L);
        assertThat(ava.giftMix()).extracting(BattleAnalytics.GiftType::coins).containsExactly(10L);
    }

    @Test
    void keepsEveryLeadChangeOfALongBattleInTheThinnedSeries() { // GH-12
        long[] scores = new long[2];
        for (int i = 0; i < 6_000; i++) {
            int leader = scores[0] > scores[1] ? 0 : 1;
            int side = i % 100 == 0 ? 1 - leader : leader;
            long gift = i % 100 == 0 ? Math.abs(scores[0] - scores[1]) + 1 : 1;
            scores[side] += gift;
            battle.gift("g" + i, side == 0 ? "room-a" : "room-b", ZOE, coins(gift), 1 + i * 0.04);
        }

        BattleAnalytics analytics = battle.endAt(300).analytics();

        assertThat(analytics.leadChanges()).hasSize(60);
        assertThat(analytics.scores()).hasSizeLessThanOrEqualTo(ScoreSeries.MAX_POINTS + 1 + 60);
        assertThat(analytics.scores().stream().filter(BattleAnalytics.ScorePoint::leadChange))
                .as("every lead taken is a point of the series")
                .extracting(BattleAnalytics.ScorePoint::at)
                .containsExactlyElementsOf(analytics.leadChanges().stream()
                        .map(BattleAnalytics.LeadChange::at)
                        .toList());
    }

    @Test
    void downsamplingKeepsEveryLeadChangeAndTheEnds() { // GH-12
        List<ScoreSeries.Point> points = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            points.add(
                    new ScoreSeries.Point(i * 10L, new long[] {i, 10_000 - i}, i == 5_000 || i == 5_001 || i == 9_998));
        }

        List<ScoreSeries.Point> thinned = ScoreSeries.downsample(points, 100);

        assertThat(thinned).hasSizeLessThanOrEqualTo(100 + 1 + 3);
        assertThat(thinned).filteredOn(ScoreSeries.Point::leadChange).hasSize(3);
        assertThat(thinned)
                .extracting(ScoreSeries.Point::at)
                .isSorted()
                .contains(0L, 50_000L, 50_010L, 99_980L, 99_990L);
    }

    @Test
    void aBattleWithoutGiftsHasEmptyTablesAndFlatScores() {
        BattleAnalytics analytics = battle.endAt(300).analytics();

        assertThat(analytics.gifts()).isZero();
        assertThat(analytics.giftTypes()).isEmpty();
        assertThat(analytics.leadChanges()).isEmpty();
        assertThat(analytics.topGifters())
                .allSatisfy(side -> assertThat(side.gifters()).isEmpty());
        assertThat(analytics.scores())
                .extracting(BattleAnalytics.ScorePoint::scores)
                .containsOnly(List.of(0L, 0L));
        assertThat(analytics.status()).isEqualTo("ENDED");
    }

    @Test
    void aRunningBattlesFiguresStopAtItsLatestEvent() {
        battle.gift("a", "room-a", ZOE, coins(10), 42);

        AnalyticsCalculator.Computed computed = battle.now();

        assertThat(computed.analytics().status()).isEqualTo("LIVE");
        assertThat(computed.analytics().endedAt()).isNull();
        assertThat(computed.analytics().coveredMillis()).isEqualTo(42_000);
        assertThat(computed.creators()).isEmpty();
    }

    private static Gift coins(long coins) {
        return new Gift((int) (9000 + coins), "Gift " + coins, 2, (int) coins);
    }

    /** A two-sided battle (Ava in room-a, Leo in room-b) applied to the engine and fed to the calculator. */
    private static final class Replaying {

        private final Battle engine;
        private final AnalyticsCalculator calculator;
        private int triggers;

        Replaying(Duration duration) {
            BattleConfig config = BattleConfig.builder("b-1")
                    .side(SideConfig.host("s1", "Ava", "room-a", "host-a"))
                    .side(SideConfig.host("s2", "Leo", "room-b", "host-b"))
                    .duration(duration)
                    .build();
            engine = new Battle(config);
            calculator = new AnalyticsCalculator(
                    "b-1",
                    "Ava vs Leo",
                    config,
                    List.of(
                            new AnalyticsCalculator.SideInput(
                                    "s1", "Ava", List.of(new AnalyticsCalculator.Room("ava", "room-a"))),
                            new AnalyticsCalculator.SideInput(
                                    "s2", "Leo", List.of(new AnalyticsCalculator.Room("leo", "room-b")))));
            apply(new Start(T0));
        }

        void gift(String id, String room, Sender sender, Gift gift, double seconds) {
            apply(new GiftReceived(id, room, sender, null, gift, 1, true, null, at(seconds)));
        }

        /** A streak of {@code units} units ending at once. */
        void streak(String id, String room, Sender sender, Gift gift, int units, double seconds) {
            apply(new GiftReceived(id, room, sender, null, gift, units, true, id, at(seconds)));
        }

        void powerUp(PowerUpKind kind, String side, double seconds) {
            apply(new PowerUpTriggered("power-" + ++triggers, kind, side, TriggeredBy.CREATOR, "creator", at(seconds)));
        }

        AnalyticsCalculator.Computed endAt(double seconds) {
            apply(new Tick(at(seconds)));
            apply(new End(at(seconds)));
            return calculator.finish(engine.statistics());
        }

        AnalyticsCalculator.Computed now() {
            return calculator.finish(engine.statistics());
        }

        private void apply(BattleEvent event) {
            if (engine.apply(event) instanceof ApplyResult.Applied applied) {
                calculator.apply(event, applied.changes(), engine::snapshot);
            }
        }

        private static long at(double seconds) {
            return T0 + Math.round(seconds * 1000);
        }
    }
}
