package io.battlesim.bench.audience;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The app's battle and audience API as the benchmark uses it, over one HTTP/1.1 JDK client (keep-alive connections
 * pooled by the client; safe for many threads).
 */
final class AudienceApi {

    static final String ROOM_A = "ava.sparks";
    static final String ROOM_B = "leo.beats";
    private static final String COOKIE = "bs_viewer";

    /**
     * A created, running battle.
     *
     * @param id its id
     * @param ingestKey the secret for the ingest API (chat votes)
     * @param overlayToken the token of its overlay stream
     */
    record Battle(String id, String ingestKey, String overlayToken) {}

    /**
     * The audience totals the API reports.
     *
     * @param totalVotes {@code totalVotes}
     * @param sideVotes each side's {@code votes}, in side order
     */
    record Totals(long totalVotes, List<Long> sideVotes) {}

    private final URI base;
    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder().build();

    AudienceApi(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    URI base() {
        return base;
    }

    JsonMapper json() {
        return json;
    }

    /** Creates and starts a 1v1 ingest battle with audience voting (a vote per viewer per {@code windowSeconds}). */
    Battle startBattle(String title, int durationSeconds, int windowSeconds) throws IOException, InterruptedException {
        String body = """
                {"title":"%s","source":"INGEST","start":true,
                 "sides":[{"label":"Ava","rooms":[{"username":"%s"}]},{"label":"Leo","rooms":[{"username":"%s"}]}],
                 "rules":{"durationSeconds":%d,"audience":{"voteWindowSeconds":%d,"votesPerWindow":1,
                   "boosters":[{"kind":"BOOSTING_GLOVE","threshold":500,"cooldownSeconds":5}],"likeGoal":0}}}""".formatted(title, ROOM_A, ROOM_B, durationSeconds, windowSeconds);
        HttpResponse<String> response =
                http.send(post("/api/battles", body).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("create battle: " + response.statusCode() + " " + response.body());
        }
        JsonNode created = json.readTree(response.body());
        JsonNode token = created.path("battle").path("overlayToken");
        String overlayUrl = created.path("overlayUrl").asString();
        String overlayToken =
                token.isString() ? token.asString() : overlayUrl.substring(overlayUrl.lastIndexOf('/') + 1);
        return new Battle(
                created.path("battle").path("id").asString(),
                created.path("ingestKey").asString(),
                overlayToken);
    }

    /** A new viewer: the signed {@code bs_viewer} cookie value the viewer page hands out. */
    String newViewer(Battle battle) throws IOException, InterruptedException {
        HttpResponse<Void> response = http.send(
                HttpRequest.newBuilder(base.resolve("/v/" + battle.id()))
                        .timeout(Duration.ofSeconds(60))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            if (cookie.startsWith(COOKIE + "=")) {
                int end = cookie.indexOf(';');
                return cookie.substring(COOKIE.length() + 1, end < 0 ? cookie.length() : end);
            }
        }
        throw new IllegalStateException("viewer page: " + response.statusCode() + " without a " + COOKIE + " cookie");
    }

    /** Casts a web vote; the answer as it came (200 counted, 429 too soon or limited, 409 not counted, …). */
    HttpResponse<String> vote(Battle battle, String viewer, String side, String voteId)
            throws IOException, InterruptedException {
        String body = "{\"side\":\"" + side + "\",\"booster\":null,\"voteId\":\"" + voteId + "\"}";
        HttpRequest request = post("/api/battles/" + battle.id() + "/votes", body)
                .header("Cookie", COOKIE + "=" + viewer)
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a batch of ingest events (a JSON array). */
    HttpResponse<String> ingest(Battle battle, String events) throws IOException, InterruptedException {
        HttpRequest request = post("/api/battles/" + battle.id() + "/events", events)
                .header("X-Ingest-Key", battle.ingestKey())
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The audience totals of {@code GET /api/battles/{id}/audience}. */
    Totals totals(String battleId) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(base.resolve("/api/battles/" + battleId + "/audience"))
                        .timeout(Duration.ofSeconds(30))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("audience: " + response.statusCode() + " " + response.body());
        }
        JsonNode audience = json.readTree(response.body());
        List<Long> sides = new ArrayList<>();
        for (JsonNode side : audience.path("sides")) {
            sides.add(side.path("votes").asLong());
        }
        return new Totals(audience.path("totalVotes").asLong(), List.copyOf(sides));
    }

    private HttpRequest.Builder post(String path, String body) {
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }
}
