package io.battlesim.app.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.battlesim.app.battle.BattleResumed;
import io.battlesim.app.battle.BattleView;
import io.battlesim.app.battle.SourceKind;
import io.battlesim.app.live.connector.ConnectorRegistry;
import io.battlesim.tiktok.emulator.GiftCommand;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The Live API connector against the emulator through the real app: a LIVE_API battle follows both rooms over
 * the emulator's WebSocket bridge with the demo account's token, and gifts sent in the rooms score for their sides.
 */
class LiveConnectionsIntegrationTests extends LiveIntegrationTestSupport {

    @Autowired
    LiveConnections connections;

    @Autowired
    ConnectorRegistry registry;

    @Autowired
    ApplicationEventPublisher events;

    BattleView battle;

    @BeforeEach
    void startBattleAndWaitForBothRooms() {
        battle = startBattle(SourceKind.LIVE_API, "ava.sparks", "leo.beats");
        awaitAllConnected();
    }

    @AfterEach
    void endBattle() {
        battles.end(battle.id());
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(connections.status(battle.id())).isEmpty());
    }

    @Test
    void reportsOneConnectedStatusPerRoom() {
        assertThat(connections.status(battle.id()))
                .extracting(ConnectionStatus::username, ConnectionStatus::roomId, ConnectionStatus::state)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "ava.sparks", room("ava.sparks").roomId(), ConnectionState.CONNECTED),
                        org.assertj.core.groups.Tuple.tuple(
                                "leo.beats", room("leo.beats").roomId(), ConnectionState.CONNECTED));
    }

    @Test
    void giftsSentInTheRoomsScoreTheirCoinsForTheirSides() {
        emulator.live().sendGift("ava.sparks", new GiftCommand("Rosa Fan", "Rose", 5));
        emulator.live().sendGift("leo.beats", new GiftCommand("Corgi Lover", "Corgi", 1));
        emulator.live().sendGift("ava.sparks", new GiftCommand("Perfume Pal", "Perfume", 3));

        awaitScore(battle.id(), 0, 5 + 3 * 20);
        awaitScore(battle.id(), 1, 299);
        assertThat(snapshot(battle.id()).sides().get(0).gifts()).isEqualTo(2);
    }

    @Test
    void giftsToTheGuestCountForTheHostsSide() {
        emulator.live().sendGift("ava.sparks", new GiftCommand("Guest Fan", "Finger Heart", 4, true));

        awaitScore(battle.id(), 0, 4 * 5);
        assertThat(score(battle.id(), 1)).isZero();
    }

    @Test
    void resumesWhenTheRoomComesBackAndLosesNothing() {
        emulator.live().sendGift("ava.sparks", new GiftCommand("Early Fan", "Rose", 3));
        awaitScore(battle.id(), 0, 3);

        emulator.live().goOffline("ava.sparks");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(statusOf("ava.sparks")).satisfies(status -> {
                    assertThat(status.state()).isEqualTo(ConnectionState.RECONNECTING);
                    assertThat(status.lastError()).isNotNull();
                }));
        emulator.live().goLive("ava.sparks");
        awaitAllConnected();
        emulator.live().sendGift("ava.sparks", new GiftCommand("Late Fan", "Doughnut", 2));

        awaitScore(battle.id(), 0, 3 + 2 * 30);
        assertThat(statusOf("ava.sparks").reconnects()).isPositive();
        assertThat(score(battle.id(), 1)).isZero();
    }

    @Test
    void resumesFromTheSavedCursorWhenTheBattleResumesAfterARestart() {
        emulator.live().sendGift("ava.sparks", new GiftCommand("Before", "Rose", 2));
        awaitScore(battle.id(), 0, 2);

        registry.disconnect(battle.id(), false);
        emulator.live().sendGift("ava.sparks", new GiftCommand("While Down", "Corgi", 1));
        emulator.live().sendGift("leo.beats", new GiftCommand("While Down Too", "Rosa", 3));
        events.publishEvent(new BattleResumed(battle.id()));

        awaitScore(battle.id(), 0, 2 + 299);
        awaitScore(battle.id(), 1, 30);
        awaitAllConnected();
    }

    private ConnectionStatus statusOf(String username) {
        return connections.status(battle.id()).stream()
                .filter(status -> status.username().equals(username))
                .findFirst()
                .orElseThrow();
    }

    private void awaitAllConnected() {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .untilAsserted(() -> assertThat(connections.status(battle.id()))
                        .hasSize(2)
                        .extracting(ConnectionStatus::state)
                        .containsOnly(ConnectionState.CONNECTED));
        List.of("ava.sparks", "leo.beats")
                .forEach(username -> assertThat(statusOf(username).lastSeq()).isGreaterThanOrEqualTo(-1));
    }
}
