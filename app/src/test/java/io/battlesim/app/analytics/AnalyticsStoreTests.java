package io.battlesim.app.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.battlesim.app.analytics.compute.AnalyticsCalculator;
import io.battlesim.app.analytics.compute.BattleAnalytics;
import io.battlesim.app.analytics.compute.CreatorSlice;
import io.battlesim.app.analytics.persistence.AnalyticsStore;
import io.battlesim.app.auth.TestClock;
import io.battlesim.app.auth.TestDatabases;
import io.battlesim.app.auth.TestDatabases.Database;
import io.battlesim.app.battle.BattleManagement;
import io.battlesim.app.battle.BattleRules;
import io.battlesim.app.battle.BattleSetup;
import io.battlesim.app.battle.BattleTestRig;
import io.battlesim.app.battle.BattleView;
import io.battlesim.app.battle.RoomBinding;
import io.battlesim.app.battle.SideSetup;
import io.battlesim.app.battle.SourceKind;
import io.battlesim.engine.event.Gift;
import io.battlesim.engine.event.GiftReceived;
import io.battlesim.engine.event.Sender;
import io.battlesim.engine.powerup.PowerUpKind;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Finished battles' analytics computed from the battle module's real event log and stored: read back as computed,
 * a creator's battles newest first, gone with the battle, and a second or late save harmless. H2 always, PostgreSQL
 * when it answers.
 */
class AnalyticsStoreTests {

    @Nested
    class OnH2 extends StoreContract {
        OnH2() {
            super(Optional.of(TestDatabases.h2()));
        }
    }

    @Nested
    class OnPostgres extends StoreContract {
        OnPostgres() {
            super(TestDatabases.postgres());
        }
    }

    abstract static class StoreContract {

        private static final Gift LION = new Gift(6369, "Lion", 4, 29_999);
        private static final Gift ROSE = new Gift(5655, "Rose", 1, 1);

        private final Optional<Database> database;
        private final TestClock clock = TestClock.at("2026-12-04T10:00:00Z");
        private @Nullable BattleTestRig rig;
        private int events;

        StoreContract(Optional<Database> database) {
            this.database = database;
        }

        @AfterEach
        void close() {
            if (rig != null) {
                rig.stop();
            }
            database.ifPresent(Database::close);
        }

        @Test
        void storesAFinishedBattlesAnalyticsOnFirstReadAndDeletesThemWithTheBattle() { // GH-12
            Fixture fixture = fixture();
            String id = fixture.finishedBattle("ava.sparks", "leo.beats", LION);

            BattleAnalytics analytics = fixture.analyses.of(id).orElseThrow();

            assertThat(analytics.coins()).isEqualTo(29_999 + 1);
            assertThat(fixture.store.find(id)).contains(analytics);
            assertThat(fixture.store.latest("ava.sparks", 10, 0))
                    .singleElement()
                    .satisfies(slice -> {
                        assertThat(slice.result()).isEqualTo("WIN");
                        assertThat(slice.giftMix())
                                .extracting(BattleAnalytics.GiftType::name)
                                .containsExactly("Lion");
                    });
            fixture.battles.delete(id);
            assertThat(fixture.store.find(id)).isEmpty();
            assertThat(fixture.store.latest("ava.sparks", 10, 0)).isEmpty();
        }

        @Test
        void listsACreatorsBattlesNewestFirst() {
            Fixture fixture = fixture();
            String first = fixture.finishedBattle("ava.sparks", "leo.beats", LION);
            clock.advance(Duration.ofHours(1));
            String second = fixture.finishedBattle("mia.moves", "ava.sparks", LION);
            fixture.analyses.of(first);
            fixture.analyses.of(second);

            assertThat(fixture.store.latest("ava.sparks", 10, 0))
                    .extracting(CreatorSlice::battleId, CreatorSlice::result)
                    .containsExactly(
                            org.assertj.core.api.Assertions.tuple(second, "LOSS"),
                            org.assertj.core.api.Assertions.tuple(first, "WIN"));
            assertThat(fixture.store.latest("ava.sparks", 1, 1))
                    .extracting(CreatorSlice::battleId)
                    .containsExactly(first);
            assertThat(fixture.store.stored(List.of(first, second, "other"))).isEqualTo(Set.of(first, second));
        }

        @Test
        void aSecondSaveAndASaveAfterTheBattleWasDeletedChangeNothing() {
            Fixture fixture = fixture();
            String id = fixture.finishedBattle("ava.sparks", "leo.beats", LION);
            AnalyticsCalculator.Computed computed = fixture.compute(id);

            fixture.store.save(computed, clock.instant());
            fixture.store.save(computed, clock.instant());
            assertThat(fixture.store.latest("leo.beats", 10, 0)).hasSize(1);
            fixture.battles.delete(id);
            fixture.store.save(computed, clock.instant());

            assertThat(fixture.store.find(id)).isEmpty();
        }

        @Test
        void computesARunningBattlesFiguresWithoutStoringThem() {
            Fixture fixture = fixture();
            BattleView battle = fixture.started("ava.sparks", "leo.beats");
            fixture.gift(battle.id(), "ava.sparks", ROSE);

            BattleAnalytics analytics = fixture.analyses.of(battle.id()).orElseThrow();

            assertThat(analytics.status()).isEqualTo("LIVE");
            assertThat(analytics.coins()).isEqualTo(1);
            assertThat(fixture.store.find(battle.id())).isEmpty();
        }

        @Test
        void replaysARunningBattlesLogAtMostOnceInAFewSeconds() {
            Fixture fixture = fixture();
            BattleView battle = fixture.started("ava.sparks", "leo.beats");
            fixture.gift(battle.id(), "ava.sparks", ROSE);
            fixture.analyses.of(battle.id());

            fixture.gift(battle.id(), "ava.sparks", LION);

            assertThat(fixture.analyses.of(battle.id()).orElseThrow().coins())
                    .as("the figures of a moment ago")
                    .isEqualTo(1);
        }

        private Fixture fixture() {
            assumeThat(database).as("PostgreSQL answers on 127.0.0.1:5432").isPresent();
            rig = BattleTestRig.on(database.orElseThrow(), clock);
            var store = new AnalyticsStore(database.orElseThrow().dataSource());
            return new Fixture(
                    rig.battles(), store, new BattleAnalyses(rig.history(), store, TestClock.providerOf(clock)));
        }

        private final class Fixture {
            final BattleManagement battles;
            final AnalyticsStore store;
            final BattleAnalyses analyses;

            Fixture(BattleManagement battles, AnalyticsStore store, BattleAnalyses analyses) {
                this.battles = battles;
                this.store = store;
                this.analyses = analyses;
            }

            BattleView started(String a, String b) {
                BattleView created = battles.create(new BattleSetup(
                        "Store test",
                        List.of(
                                new SideSetup("A", List.of(RoomBinding.host(a, a, a))),
                                new SideSetup("B", List.of(RoomBinding.host(b, b, b)))),
                        new BattleRules(Duration.ofMinutes(5), null, 0, EnumSet.allOf(PowerUpKind.class)),
                        SourceKind.INGEST,
                        null));
                return battles.start(created.id());
            }

            /** A battle where side A gets {@code gift} and side B a Rose, ended early. */
            String finishedBattle(String a, String b, Gift gift) {
                BattleView battle = started(a, b);
                gift(battle.id(), a, gift);
                gift(battle.id(), b, ROSE);
                battles.end(battle.id());
                return battle.id();
            }

            void gift(String battleId, String room, Gift gift) {
                clock.advance(Duration.ofSeconds(1));
                events++;
                var event = new GiftReceived(
                        "m" + events,
                        room,
                        new Sender("u" + events, "fan" + events, "Fan " + events),
                        null,
                        gift,
                        1,
                        true,
                        null,
                        clock.millis());
                assertThat(battles.submit(battleId, event).join().status()).isEqualTo("accepted");
            }

            AnalyticsCalculator.Computed compute(String battleId) {
                var replay = rig.history().open(battleId).orElseThrow();
                var calculator = new AnalyticsCalculator(
                        battleId,
                        replay.setup().title(),
                        replay.config(),
                        BattleAnalyses.sides(replay.setup(), replay.config()));
                return calculator.finish(
                        replay.run(step -> calculator.apply(step.event(), step.changes(), step::snapshot)));
            }
        }
    }
}
