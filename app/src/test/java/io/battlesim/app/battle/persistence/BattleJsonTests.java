package io.battlesim.app.battle.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.battlesim.app.battle.BattleRules;
import io.battlesim.app.battle.BattleSetup;
import io.battlesim.app.battle.RoomBinding;
import io.battlesim.app.battle.SideSetup;
import io.battlesim.app.battle.SourceKind;
import io.battlesim.engine.Battle;
import io.battlesim.engine.BattleConfig;
import io.battlesim.engine.BattleStatistics;
import io.battlesim.engine.SideConfig;
import io.battlesim.engine.event.ArmiesUpdated;
import io.battlesim.engine.event.BattleEvent;
import io.battlesim.engine.event.BattleFinished;
import io.battlesim.engine.event.BattleStarted;
import io.battlesim.engine.event.CardUsed;
import io.battlesim.engine.event.End;
import io.battlesim.engine.event.Gift;
import io.battlesim.engine.event.GiftReceived;
import io.battlesim.engine.event.LikeReceived;
import io.battlesim.engine.event.MultiplierWindow;
import io.battlesim.engine.event.PowerUpTriggered;
import io.battlesim.engine.event.Resume;
import io.battlesim.engine.event.Sender;
import io.battlesim.engine.event.Start;
import io.battlesim.engine.event.Tick;
import io.battlesim.engine.powerup.PowerUpKind;
import io.battlesim.engine.powerup.TriggeredBy;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON the event log and the result tables store: every engine event, setups and statistics round-trip. */
class BattleJsonTests {

    private static final Sender MIA = new Sender("7001", "mia.fan", "Mia <script>\"x\"</script> ✨");

    private final BattleJson json = new BattleJson();

    static Stream<BattleEvent> everyEngineEvent() {
        return Stream.of(
                new GiftReceived("m1", "r1", MIA, "guest-1", new Gift(5655, "Rose", 1, 1), 3, true, "grp", 1_000L),
                new GiftReceived("m2", "r1", MIA, null, new Gift(6267, "Corgi", 2, 299), 1, false, null, 1_001L),
                new LikeReceived("m3", "r1", MIA, null, 15, 1_002L),
                new LikeReceived("m4", "r1", MIA, "guest-1", 0, 1_003L),
                new Start(1_000L),
                new Tick(1_250L),
                new End(2_000L),
                new Resume(1_800L),
                new PowerUpTriggered("p1", PowerUpKind.BOOSTING_GLOVE, "s1", TriggeredBy.AUDIENCE, "7001", 1_500L),
                new PowerUpTriggered("p2", PowerUpKind.TIME_MAKER, "s2", TriggeredBy.CREATOR, null, 1_501L),
                new BattleStarted("t1", "match-9", 900L, 300_000L, 1_000L),
                new ArmiesUpdated("t2", Map.of("u-ava", 120L, "u-leo", 80L), 1_100L),
                new MultiplierWindow("t3", "u-ava", 3, 1_100L, 31_100L, 1_100L),
                new CardUsed("t4", "u-leo", PowerUpKind.MAGIC_MIST, 30_000L, 1_200L),
                new BattleFinished("t5", Map.of(), 301_000L));
    }

    @ParameterizedTest
    @MethodSource("everyEngineEvent")
    void roundTripsEveryEngineEvent(BattleEvent event) {
        String text = json.writeEvent(event);

        assertThat(json.readEvent(text)).isEqualTo(event);
    }

    @Test
    void namesEachEventTypeStably() {
        assertThat(everyEngineEvent()
                        .map(json::writeEvent)
                        .map(text -> text.replaceAll(".*\"type\":\"([^\"]+)\".*", "$1")))
                .containsExactly(
                        "gift",
                        "gift",
                        "like",
                        "like",
                        "start",
                        "tick",
                        "end",
                        "resume",
                        "powerUp",
                        "powerUp",
                        "tiktokBattleStarted",
                        "tiktokArmies",
                        "tiktokMultiplierWindow",
                        "tiktokCard",
                        "tiktokBattleFinished");
        assertThat(json.writeEvent(new Tick(5L))).isEqualTo("{\"type\":\"tick\",\"now\":5}");
    }

    @Test
    void refusesAnUnknownEventType() {
        assertThatExceptionOfType(RuntimeException.class).isThrownBy(() -> json.readEvent("{\"type\":\"chat\"}"));
    }

    @Test
    void roundTripsASetup() {
        var setup = new BattleSetup(
                "Team <battle>",
                List.of(
                        new SideSetup(
                                "Ava & Mia",
                                List.of(
                                        new RoomBinding("ava.sparks", "r1", "u-ava", List.of("u-mia")),
                                        RoomBinding.host("zoe.paints", "r3", "u-zoe"))),
                        new SideSetup("Leo", List.of(RoomBinding.host("leo.beats", "r2", "u-leo")))),
                new BattleRules(Duration.ofSeconds(90), 5655, 2, EnumSet.of(PowerUpKind.MAGIC_MIST)),
                SourceKind.LIVE_API,
                42L);

        assertThat(json.read(json.write(setup), BattleSetup.class)).isEqualTo(setup);
    }

    @Test
    void roundTripsTheStatisticsOfAPlayedBattle() {
        BattleConfig config = BattleConfig.builder("b1")
                .side(SideConfig.host("s1", "Ava", "r1", "u-ava"))
                .side(SideConfig.host("s2", "Leo", "r2", "u-leo"))
                .duration(Duration.ofSeconds(60))
                .build();
        Battle battle = Battle.replay(
                config,
                List.of(
                        new Start(0),
                        new PowerUpTriggered("p", PowerUpKind.MAGIC_MIST, "s2", TriggeredBy.CREATOR, null, 10),
                        new GiftReceived("g1", "r1", MIA, null, new Gift(1, "Rose", 1, 1), 5, false, "g", 100),
                        new GiftReceived("g2", "r2", MIA, null, new Gift(2, "Corgi", 2, 299), 1, false, null, 59_000),
                        new Tick(61_000)));
        BattleStatistics statistics = battle.statistics();

        BattleStatistics read = json.read(json.write(statistics), BattleStatistics.class);

        assertThat(read).isEqualTo(statistics);
        assertThat(read.snapshot().winner()).isEqualTo("s2");
    }
}
