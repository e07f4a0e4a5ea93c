package io.battlesim.app.scoreboard.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import io.battlesim.app.battle.BattleView;
import io.battlesim.app.scoreboard.ScoreboardIntegrationTestSupport;
import io.battlesim.engine.powerup.PowerUpKind;
import io.battlesim.engine.powerup.TriggeredBy;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every watched battle's win probability arrives about once a second as an {@code odds} event: even for a level
 * battle, towards the side that pulls ahead, and withheld while Magic Mist hides a score.
 */
class LiveOddsIntegrationTests extends ScoreboardIntegrationTestSupport {

    @Autowired
    JsonMapper json;

    private static URI stream(BattleView battle) {
        return BASE.resolve("/battles/" + battle.id() + "/stream");
    }

    private double chance(SseTestClient.Event odds, int side) {
        return json.readTree(odds.data()).path("sides").get(side).path("chance").asDouble();
    }

    @Test
    void sendsTheOddsAboutOnceASecondAndFollowsTheLead() throws Exception {
        // a short round, so that a lead of 20 Corgis is telling
        BattleView battle = runningIngestBattle(Duration.ofSeconds(20));
        try (SseTestClient stream = SseTestClient.open(stream(battle), null)) {
            SseTestClient.Event level = stream.next(event -> event.event().equals("odds"));
            JsonNode first = json.readTree(level.data());
            assertThat(first.path("hidden").asBoolean()).isFalse();
            assertThat(first.path("sides")).hasSize(2);
            assertThat(chance(level, 0)).isCloseTo(0.5, offset(0.02));
            assertThat(first.path("sides").get(0).path("percent").asInt()
                            + first.path("sides").get(1).path("percent").asInt())
                    .isEqualTo(100);

            for (int i = 0; i < 20; i++) {
                corgi(battle, "ava.sparks", "Fan " + i);
            }

            SseTestClient.Event ahead = stream.next(event -> event.event().equals("odds") && chance(event, 0) > 0.7);
            assertThat(chance(ahead, 0) + chance(ahead, 1)).isCloseTo(1.0, offset(1e-9));
        }
    }

    @Test
    void withholdsTheOddsWhileAScoreIsMisted() throws Exception {
        BattleView battle = runningIngestBattle(Duration.ofMinutes(5));
        corgi(battle, "leo.beats", "Before the mist");
        battles.triggerPowerUp(battle.id(), "s2", PowerUpKind.MAGIC_MIST, TriggeredBy.CREATOR);
        try (SseTestClient stream = SseTestClient.open(stream(battle), null)) {
            SseTestClient.Event odds = stream.next(event -> event.event().equals("odds"));

            JsonNode view = json.readTree(odds.data());
            assertThat(view.path("hidden").asBoolean()).isTrue();
            assertThat(view.path("sides")).isEmpty();
        }
    }
}
