package io.battlesim.app.scoreboard.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.battlesim.app.battle.BattleRules;
import io.battlesim.app.battle.BattleSetup;
import io.battlesim.app.battle.BattleStatus;
import io.battlesim.app.battle.BattleView;
import io.battlesim.app.battle.RoomBinding;
import io.battlesim.app.battle.SideSetup;
import io.battlesim.app.battle.SourceKind;
import io.battlesim.app.scoreboard.ScoreboardSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class BattleBroadcastersTests {

    private final FakeBattleUpdates updates = new FakeBattleUpdates();
    private final TestUpdates battle = new TestUpdates();
    private final BattleBroadcasters broadcasters = new BattleBroadcasters(
            updates, ScoreboardSettings.defaults(), JsonMapper.builder().build());

    @AfterEach
    void stop() {
        broadcasters.stop();
    }

    @Test
    void streamsAgainAfterBeingStoppedAndStarted() {
        broadcasters.start();
        broadcasters.stop();

        broadcasters.start();
        FakeSink sink = connect();
        updates.publish(battle.gift("After restart"));

        await().atMost(Duration.ofSeconds(5)).until(() -> sink.text().contains("After restart"));
        assertThat(broadcasters.connectedClients()).isOne();
    }

    @Test
    void showsTheBattlesOwnStateBeforeAnyUpdate() {
        broadcasters.start();

        var state = broadcasters.state(view());

        assertThat(state.scoreboard().sides())
                .extracting(side -> side.label())
                .containsExactly("Ava Sparks", "Leo Beats");
        assertThat(state.lastSequence()).isZero();
    }

    @Test
    void endsEveryStreamOfABattleOnRequest() {
        broadcasters.start();
        FakeSink sink = connect();

        assertThat(broadcasters.disconnectAll(TestUpdates.BATTLE)).isTrue();

        await().atMost(Duration.ofSeconds(5)).until(sink::closed);
        assertThat(broadcasters.broadcasterCount()).isZero();
        assertThat(updates.listeners()).isZero();
    }

    private FakeSink connect() {
        FakeSink sink = new FakeSink();
        sink.connect(broadcasters.connect(view(), sink, null));
        return sink;
    }

    private BattleView view() {
        BattleSetup setup = new BattleSetup(
                "Ava vs Leo",
                List.of(
                        new SideSetup("Ava Sparks", List.of(RoomBinding.host("a", "room-a", "host-a"))),
                        new SideSetup("Leo Beats", List.of(RoomBinding.host("b", "room-b", "host-b")))),
                BattleRules.defaults(),
                SourceKind.INGEST,
                null);
        return new BattleView(
                TestUpdates.BATTLE, "Ava vs Leo", BattleStatus.LIVE, setup, "token", Instant.EPOCH, battle.snapshot());
    }
}
