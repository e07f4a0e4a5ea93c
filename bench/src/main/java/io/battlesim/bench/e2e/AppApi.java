package io.battlesim.bench.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The app's battle API as the harness uses it: create a running ingest battle, ingest a batch, read the scores. */
final class AppApi {

    /** Rooms of the two sides; events name them in {@code roomId}. */
    static final String ROOM_A = "bench-a";

    static final String ROOM_B = "bench-b";

    /**
     * A running battle.
     *
     * @param id its id
     * @param ingestKey the secret for the ingest API
     * @param overlayToken the read-only token of its overlay (and overlay stream)
     */
    /** A created battle; the control token ends it (the harness creates battles without signing in). */
    record Battle(String id, String ingestKey, String controlToken, String overlayToken) {}

    /**
     * The counts of one ingest answer.
     *
     * @param status the HTTP status
     * @param received events the app read
     * @param accepted events it accepted (applied)
     * @param ignored events it logged but applied nothing for (0 from an app that does not answer {@code ignored})
     */
    record Answer(int status, long received, long accepted, long ignored) {}

    private final URI base;
    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder().build();

    AppApi(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    URI base() {
        return base;
    }

    /** Creates and starts a 1v1 ingest battle ({@link #ROOM_A} vs {@link #ROOM_B}) of {@code seconds}. */
    Battle startBattle(String title, int seconds) throws IOException, InterruptedException {
        String body = """
                {"title": "%s", "start": true, "source": "INGEST",
                 "sides": [{"label": "Bench A", "rooms": [{"username": "%s"}]},
                           {"label": "Bench B", "rooms": [{"username": "%s"}]}],
                 "rules": {"durationSeconds": %d}}""".formatted(title, ROOM_A, ROOM_B, seconds);
        HttpResponse<String> response =
                http.send(post("/api/battles", body).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("create battle: " + response.statusCode() + " " + response.body());
        }
        JsonNode created = json.readTree(response.body());
        String overlayUrl = created.path("overlayUrl").asString();
        return new Battle(
                created.path("battle").path("id").asString(),
                created.path("ingestKey").asString(),
                created.path("controlToken").asString(),
                overlayUrl.substring(overlayUrl.lastIndexOf('/') + 1));
    }

    /** The scores of the sides, in order, as the battle API reports them. */
    long[] scores(Battle battle) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(base.resolve("/api/battles/" + battle.id()))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode sides = json.readTree(response.body()).path("snapshot").path("sides");
        long[] scores = new long[sides.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = sides.get(i).path("score").asLong();
        }
        return scores;
    }

    void end(Battle battle) throws IOException, InterruptedException {
        http.send(
                post("/api/battles/" + battle.id() + "/end", "")
                        .header("X-Control-Token", battle.controlToken())
                        .build(),
                HttpResponse.BodyHandlers.discarding());
    }

    /** Posts one batch (a JSON array) to the battle's ingest endpoint. */
    CompletableFuture<Answer> ingest(Battle battle, String events) {
        HttpRequest request = post("/api/battles/" + battle.id() + "/events", events)
                .header("X-Ingest-Key", battle.ingestKey())
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(AppApi::answer);
    }

    private HttpRequest.Builder post(String path, String body) {
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /** Reads the counts at the head of the answer without parsing the per-event results. */
    private static Answer answer(HttpResponse<String> response) {
        String body = response.body();
        if (response.statusCode() != 200) {
            return new Answer(response.statusCode(), 0, 0, 0);
        }
        return new Answer(
                200,
                count(body, "\"received\":"),
                count(body, "\"accepted\":"),
                Math.max(0, count(body, "\"ignored\":")));
    }

    private static long count(String body, String field) {
        int at = body.indexOf(field);
        if (at < 0) {
            return -1;
        }
        long value = 0;
        for (int i = at + field.length(); i < body.length() && Character.isDigit(body.charAt(i)); i++) {
            value = value * 10 + (body.charAt(i) - '0');
        }
        return value;
    }
}
