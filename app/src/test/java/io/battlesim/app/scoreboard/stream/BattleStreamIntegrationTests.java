package io.battlesim.app.scoreboard.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.app.battle.BattleView;
import io.battlesim.app.scoreboard.ScoreboardIntegrationTestSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SSE streams over real HTTP: events as they happen, and a reconnect with Last-Event-ID that misses nothing. */
class BattleStreamIntegrationTests extends ScoreboardIntegrationTestSupport {

    @Test
    void streamsGiftsAndScoreboardsAsServerSentEvents() throws Exception {
        BattleView battle = runningIngestBattle(Duration.ofMinutes(5));
        try (SseTestClient stream = SseTestClient.open(stream(battle), null)) {
            assertThat(stream.response().statusCode()).isEqualTo(200);
            assertThat(stream.response().headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
            stream.next(event -> event.event().equals("scoreboard"));

            corgi(battle, "ava.sparks", "Streamer Fan");

            SseTestClient.Event gift = stream.next(event -> event.event().equals("gift"));
            assertThat(gift.id()).isNotBlank();
            assertThat(gift.data()).contains("\"nickname\":\"Streamer Fan\"", "\"giftName\":\"Corgi\"");
            SseTestClient.Event scoreboard = stream.next(
                    event -> event.event().equals("scoreboard") && event.data().contains("299"));
            assertThat(scoreboard.data()).contains("\"label\":\"Ava Sparks\"", "\"score\":299");
        }
    }

    @Test
    void reconnectingWithLastEventIdMissesNoGift() throws Exception {
        BattleView battle = runningIngestBattle(Duration.ofMinutes(5));
        String lastId;
        try (SseTestClient first = SseTestClient.open(stream(battle), null)) {
            first.next(event -> event.event().equals("scoreboard"));
            corgi(battle, "ava.sparks", "Before 1");
            corgi(battle, "leo.beats", "Before 2");
            first.next(event -> event.data().contains("Before 1"));
            lastId = first.next(event ->
                            event.data().contains("Before 2") && event.event().equals("gift"))
                    .id();
        }

        List<String> whileAway = List.of("Away 1", "Away 2", "Away 3");
        for (String nickname : whileAway) {
            corgi(battle, "leo.beats", nickname);
        }

        try (SseTestClient second = SseTestClient.open(stream(battle), lastId)) {
            for (String nickname : whileAway) {
                SseTestClient.Event gift = second.next(
                        event -> event.event().equals("gift") && event.data().contains(nickname));
                assertThat(Long.parseLong(gift.id())).isGreaterThan(Long.parseLong(lastId));
            }
            corgi(battle, "ava.sparks", "After");
            second.next(event -> event.event().equals("gift") && event.data().contains("After"));
            assertThat(second.drain(event ->
                            event.event().equals("gift") && event.data().contains("Before")))
                    .isEmpty();
        }
    }

    @Test
    void acceptsTheLastEventIdAsAQueryParameterForScriptedReconnects() throws Exception {
        BattleView battle = runningIngestBattle(Duration.ofMinutes(5));
        corgi(battle, "ava.sparks", "Early");
        corgi(battle, "ava.sparks", "Late");

        URI resume = URI.create(overlayStream(battle) + "?lastEventId=0");
        try (SseTestClient stream = SseTestClient.open(resume, null)) {
            stream.next(event -> event.event().equals("gift") && event.data().contains("Early"));
            stream.next(event -> event.event().equals("gift") && event.data().contains("Late"));
        }
    }

    @Test
    void sendsTheEndWithTheWinner() throws Exception {
        BattleView battle = runningIngestBattle(Duration.ofMinutes(5));
        try (SseTestClient stream = SseTestClient.open(overlayStream(battle), null)) {
            stream.next(event -> event.event().equals("scoreboard"));
            corgi(battle, "leo.beats", "Decider");

            battles.end(battle.id());

            SseTestClient.Event ended = stream.next(event -> event.event().equals("ended"));
            assertThat(ended.data()).contains("\"phase\":\"ENDED\"", "\"winner\":\"" + winnerSideOf(battle) + "\"");
        }
    }

    @Test
    void answersNotFoundForAnUnknownBattleOrToken() throws Exception {
        HttpClient http = HttpClient.newHttpClient();

        var battle = http.send(
                HttpRequest.newBuilder(BASE.resolve("/battles/no-such-battle/stream"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        var overlay = http.send(
                HttpRequest.newBuilder(BASE.resolve("/overlay/no-such-token/stream"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(battle.statusCode()).isEqualTo(404);
        assertThat(overlay.statusCode()).isEqualTo(404);
        assertThat(overlay.body()).doesNotContain("Exception");
    }

    private String winnerSideOf(BattleView battle) {
        return battles.find(battle.id()).orElseThrow().snapshot().winner();
    }

    private static URI stream(BattleView battle) {
        return BASE.resolve("/battles/" + battle.id() + "/stream");
    }

    private static URI overlayStream(BattleView battle) {
        return BASE.resolve("/overlay/" + battle.overlayToken() + "/stream");
    }
}
