package io.battlesim.app.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The app's JSON API over real HTTP, as the integration tests of the features built on battles call it: requests
 * with headers, battles fed through the ingest API, gifts as a LIVE connector sends them.
 */
public final class ApiTestClient {

    private final String base;
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    public ApiTestClient(String base) {
        this.base = base;
    }

    /** Starts a battle of two rooms fed through the ingest API; the answer holds its ingest key and control token. */
    public JsonNode createIngestBattle(String title, String creatorA, String creatorB) throws Exception {
        HttpResponse<String> created = post("/api/battles", """
                {"title": "%s", "source": "INGEST", "start": true,
                 "sides": [{"label": "A", "rooms": [{"username": "%s"}]}, {"label": "B", "rooms": [{"username": "%s"}]}],
                 "rules": {"durationSeconds": 600}}""".formatted(title, creatorA, creatorB), Map.of());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return body(created);
    }

    /** Sends events to a battle created by {@link #createIngestBattle} and expects every one accepted. */
    public void ingest(JsonNode battle, String... events) throws Exception {
        HttpResponse<String> answer = post(
                "/api/battles/" + battle.path("battle").path("id").asString() + "/events",
                "[" + String.join(",", events) + "]",
                Map.of("X-Ingest-Key", battle.path("ingestKey").asString()));
        assertThat(body(answer).path("accepted").asInt()).as(answer.body()).isEqualTo(events.length);
    }

    /** A single (non-streak) gift of {@code coins} coins, as the ingest API takes it. */
    public String gift(String msgId, String room, String userId, String uniqueId, String nickname, int coins) {
        var gift = json.createObjectNode()
                .put("type", "gift")
                .put("msgId", msgId)
                .put("roomId", room)
                .put("userId", userId)
                .put("uniqueId", uniqueId)
                .put("nickname", nickname)
                .put("giftId", 9000 + coins)
                .put("giftName", "Gift")
                .put("giftType", 2)
                .put("diamondCount", coins)
                .put("repeatCount", 1);
        return json.writeValueAsString(gift);
    }

    public static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    /** The body of a successful answer (asserted below 300). */
    public JsonNode body(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isLessThan(300);
        return json.readTree(response.body());
    }

    public HttpResponse<String> get(String path) throws Exception {
        return get(path, Map.of());
    }

    public HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), headers);
    }

    public HttpResponse<String> post(String path, Map<String, String> headers) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.noBody()), headers);
    }

    public HttpResponse<String> post(String path, String body, Map<String, String> headers) throws Exception {
        return send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)),
                headers);
    }

    public HttpResponse<String> put(String path, String body, Map<String, String> headers) throws Exception {
        return send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(body)),
                headers);
    }

    public HttpResponse<String> delete(String path, Map<String, String> headers) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE(), headers);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, Map<String, String> headers) throws Exception {
        headers.forEach(request::header);
        return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
