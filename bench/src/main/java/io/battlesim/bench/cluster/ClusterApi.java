package io.battlesim.bench.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The battle API of the nodes as the harness uses it: battles are created, read and ended on the first node (which
 * then runs them), events are posted to any node.
 */
final class ClusterApi {

    /** Rooms of the two sides; the load goes to side s1, the probes to s2. */
    static final String ROOM_A = "bench-a";

    static final String ROOM_B = "bench-b";

    /** A created, running battle. */
    record Battle(String id, String ingestKey, String controlToken) {}

    /**
     * One ingest answer.
     *
     * @param status the HTTP status (0: no answer)
     * @param accepted events accepted
     * @param firstAccepted whether the first event of the batch (the probe) was accepted
     */
    record Answer(int status, long accepted, boolean firstAccepted) {}

    private final List<URI> nodes;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final JsonMapper json = JsonMapper.builder().build();

    ClusterApi(List<URI> nodes) {
        this.nodes = List.copyOf(nodes);
    }

    int nodes() {
        return nodes.size();
    }

    URI node(int index) {
        return nodes.get(index);
    }

    /** Creates and starts a 1v1 ingest battle of an hour on the first node. */
    Battle start(String title) throws IOException, InterruptedException {
        String body = """
                {"title": "%s", "start": true, "source": "INGEST",
                 "sides": [{"label": "Bench A", "rooms": [{"username": "%s"}]},
                           {"label": "Bench B", "rooms": [{"username": "%s"}]}],
                 "rules": {"durationSeconds": 3600}}""".formatted(title, ROOM_A, ROOM_B);
        HttpResponse<String> response = http.send(
                post(nodes.getFirst().resolve("/api/battles"), body).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("create battle: " + response.statusCode() + " " + response.body());
        }
        JsonNode created = json.readTree(response.body());
        return new Battle(
                created.path("battle").path("id").asString(),
                created.path("ingestKey").asString(),
                created.path("controlToken").asString());
    }

    /** The sides' scores as the first node reports them. */
    long[] scores(Battle battle) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(nodes.getFirst().resolve("/api/battles/" + battle.id()))
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

    /** Waits up to 20 s for the scores to equal {@code expected}; the last scores read. */
    long[] awaitScores(Battle battle, long[] expected) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        long[] scores;
        do {
            scores = scores(battle);
            if (scores.length == 2 && scores[0] == expected[0] && scores[1] == expected[1]) {
                return scores;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        return scores;
    }

    void end(Battle battle) throws IOException, InterruptedException {
        http.send(
                post(nodes.getFirst().resolve("/api/battles/" + battle.id() + "/end"), "")
                        .header("X-Control-Token", battle.controlToken())
                        .build(),
                HttpResponse.BodyHandlers.discarding());
    }

    /** Posts one batch (a JSON array) to the battle's ingest endpoint on node {@code node}; never fails. */
    CompletableFuture<Answer> ingest(int node, Battle battle, String events) {
        HttpRequest request = post(nodes.get(node).resolve("/api/battles/" + battle.id() + "/events"), events)
                .header("X-Ingest-Key", battle.ingestKey())
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(ClusterApi::answer)
                .exceptionally(failure -> new Answer(0, 0, false));
    }

    private static HttpRequest.Builder post(URI uri, String body) {
        return HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /** Reads the accepted count and the first result's status without parsing the whole answer. */
    private static Answer answer(HttpResponse<String> response) {
        String body = response.body();
        if (response.statusCode() != 200) {
            return new Answer(response.statusCode(), 0, false);
        }
        int results = body.indexOf("\"results\"");
        int status = results < 0 ? -1 : body.indexOf("\"status\":\"", results);
        boolean first = status >= 0 && body.startsWith("accepted", status + "\"status\":\"".length());
        return new Answer(200, count(body, "\"accepted\":"), first);
    }

    private static long count(String body, String field) {
        int at = body.indexOf(field);
        long value = 0;
        for (int i = at + field.length(); at >= 0 && i < body.length() && Character.isDigit(body.charAt(i)); i++) {
            value = value * 10 + (body.charAt(i) - '0');
        }
        return value;
    }
}
