package io.battlesim.app.live.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.app.battle.BattleStatus;
import io.battlesim.app.battle.BattleView;
import io.battlesim.app.battle.SourceKind;
import io.battlesim.app.live.LiveIntegrationTestSupport;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Replays of a recorded battle over real HTTP, with the expected scores worked out from the recording itself. */
class ReplayIntegrationTests extends LiveIntegrationTestSupport {

    private static final String FIXTURE = "/live/replay-battle.jsonl";

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    JsonMapper json;

    private BattleView battle;
    private String key;

    @BeforeEach
    void startReplayBattle() {
        battle = startBattle(SourceKind.REPLAY, "ava.sparks", "leo.beats");
        key = battles.ingestKey(battle.id());
    }

    @AfterEach
    void endBattle() {
        if (battles.find(battle.id()).orElseThrow().status() == BattleStatus.LIVE) {
            battles.end(battle.id());
        }
    }

    @Test
    void replaysARecordingAtTenTimesItsSpeedToTheScoresItRecorded() throws Exception {
        byte[] recording = fixture();
        Map<String, Long> expected = expectedCoinsByCreator(recording);

        HttpResponse<String> response = postRaw("?speed=10x", recording, key);

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode started = json.readTree(response.body());
        List<JsonNode> scoring = scoringEvents(recording);
        long span = scoring.getLast().path("createTime").asLong()
                - scoring.getFirst().path("createTime").asLong();
        assertThat(started.path("events").asInt()).isEqualTo(scoring.size());
        assertThat(started.path("plannedMillis").asLong()).isEqualTo(span / 10);
        awaitScore(battle.id(), 0, expected.get("ava.sparks"));
        awaitScore(battle.id(), 1, expected.get("leo.beats"));
        assertThat(expected).containsEntry("ava.sparks", 30_084L).containsEntry("leo.beats", 814L);
        JsonNode progress = json.readTree(get("", key).body());
        assertThat(progress.path("done").asBoolean()).isTrue();
        assertThat(progress.path("submitted").asInt()).isEqualTo(scoring.size());
    }

    @Test
    void takesAMultipartUploadAtFullSpeed() throws Exception {
        byte[] recording = fixture();
        String boundary = "----replay" + UUID.randomUUID();
        byte[] body = multipart(boundary, recording);

        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri("?speed=max"))
                        .header("X-Ingest-Key", key)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(json.readTree(response.body()).path("plannedMillis").asLong())
                .isZero();
        awaitScore(battle.id(), 1, expectedCoinsByCreator(recording).get("leo.beats"));
    }

    @Test
    void answersATruncatedUploadWithAProblemNotA500() throws Exception { // GH-10
        String boundary = "----replay" + UUID.randomUUID();
        byte[] whole = multipart(boundary, fixture());

        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri("?speed=max"))
                        .header("X-Ingest-Key", key)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(Arrays.copyOf(whole, whole.length / 2)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json.readTree(response.body()).path("title").asString()).isEqualTo("Malformed multipart body");
        assertThat(score(battle.id(), 0)).isZero();
    }

    @Test
    void refusesARecordingWithBadLinesListingThemAndReplaysNothing() throws Exception {
        String recording = new String(fixture(), StandardCharsets.UTF_8)
                        .replaceFirst("\"giftId\":5655,", "")
                        .replace("\"msgId\":\"c-1\",\"createTime\":1763800000900,", "\"msgId\":\"c-1\",")
                + "{oops\n";

        HttpResponse<String> response = postRaw("", recording.getBytes(StandardCharsets.UTF_8), key);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("detail").asString()).isEqualTo("Nothing was replayed: fix line(s) 1, 7, 27.");
        assertThat(problem.path("errors")
                        .valueStream()
                        .map(error -> error.path("line").asInt() + " "
                                + error.path("field").asString()))
                .containsExactly("1 giftId", "7 createTime", "27 line");
        Thread.sleep(300);
        assertThat(score(battle.id(), 0)).isZero();
        assertThat(score(battle.id(), 1)).isZero();
    }

    @Test
    void refusesAWrongKeyAndAnUnknownSpeed() throws Exception {
        assertThat(postRaw("?speed=10", fixture(), "wrong").statusCode()).isEqualTo(401);
        assertThat(postRaw("?speed=fast", fixture(), key).statusCode()).isEqualTo(400);
        assertThat(postRaw("?speed=0", fixture(), key).statusCode()).isEqualTo(400);
        assertThat(score(battle.id(), 0)).isZero();
    }

    /**
     * The coins per creator a recording should give, by the streak rules of live-events.md: duplicates (same msgId)
     * count once; a type 1 gift counts its end event's repeatCount, or its last count when the end never came; any
     * other gift counts every event.
     */
    private Map<String, Long> expectedCoinsByCreator(byte[] recording) {
        Set<String> seen = new HashSet<>();
        Map<String, Long> streaks = new HashMap<>();
        Map<String, Long> coins = new HashMap<>();
        Set<String> ended = new HashSet<>();
        for (String line : new String(recording, StandardCharsets.UTF_8).split("\n")) {
            JsonNode event = json.readTree(line);
            if (!event.path("type").asString().equals("gift")
                    || !seen.add(event.path("msgId").asString())) {
                continue;
            }
            String creator = event.path("roomId").asString().replace("@", "").toLowerCase(Locale.ROOT);
            long value = event.path("repeatCount").asLong()
                    * event.path("diamondCount").asLong();
            if (event.path("giftType").asInt() != 1) {
                coins.merge(creator, value, Long::sum);
                continue;
            }
            String streak = creator + "/" + event.path("userId").asString() + "/"
                    + event.path("giftId").asInt() + "/" + event.path("groupId").asString();
            if (!ended.contains(streak)) {
                streaks.merge(streak, value, Math::max);
                if (event.path("repeatEnd").asBoolean()) {
                    ended.add(streak);
                }
            }
        }
        streaks.forEach((streak, value) -> coins.merge(streak.substring(0, streak.indexOf('/')), value, Long::sum));
        return coins;
    }

    /** The recording's gifts and likes, in file order. */
    private List<JsonNode> scoringEvents(byte[] recording) {
        return new String(recording, StandardCharsets.UTF_8)
                .lines()
                .map(json::readTree)
                .filter(event ->
                        List.of("gift", "like").contains(event.path("type").asString()))
                .toList();
    }

    private byte[] fixture() throws IOException {
        try (InputStream in = getClass().getResourceAsStream(FIXTURE)) {
            return in.readAllBytes();
        }
    }

    private URI uri(String query) {
        return URI.create(BASE + "/api/battles/" + battle.id() + "/replay" + query);
    }

    private HttpResponse<String> postRaw(String query, byte[] body, String ingestKey)
            throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(uri(query))
                        .header("X-Ingest-Key", ingestKey)
                        .header("Content-Type", "application/x-ndjson")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String query, String ingestKey) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(uri(query))
                        .header("X-Ingest-Key", ingestKey)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] multipart(String boundary, byte[] file) {
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"battle.jsonl\""
                + "\r\nContent-Type: application/x-ndjson\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        byte[] start = head.getBytes(StandardCharsets.UTF_8);
        byte[] end = tail.getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[start.length + file.length + end.length];
        System.arraycopy(start, 0, body, 0, start.length);
        System.arraycopy(file, 0, body, start.length, file.length);
        System.arraycopy(end, 0, body, start.length + file.length, end.length);
        return body;
    }
}
