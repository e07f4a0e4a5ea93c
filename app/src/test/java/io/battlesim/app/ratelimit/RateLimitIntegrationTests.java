package io.battlesim.app.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.app.auth.TestDatabases;
import io.battlesim.app.auth.session.ApiSessions;
import io.battlesim.app.battle.BattleManagement;
import io.battlesim.app.battle.BattleRules;
import io.battlesim.app.battle.BattleSetup;
import io.battlesim.app.battle.RoomBinding;
import io.battlesim.app.battle.SideSetup;
import io.battlesim.app.battle.SourceKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rate limits on a real server, behind the real security configuration, with small limits (each a burst, then
 * as many again an hour, so nothing refills during a test). Every test sends from its own loopback address
 * ({@code 127.0.0.x}), the way different clients would: the buckets of one test never touch another's.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {
            "app.rate-limit.sign-in.capacity=3",
            "app.rate-limit.sign-in.refill=3",
            "app.rate-limit.sign-in.period=1h",
            "app.rate-limit.authentication-failures.capacity=3",
            "app.rate-limit.authentication-failures.refill=3",
            "app.rate-limit.authentication-failures.period=1h",
            "app.rate-limit.api.capacity=5",
            "app.rate-limit.api.refill=5",
            "app.rate-limit.api.period=1h",
            "app.rate-limit.anonymous-battle-creation.capacity=2",
            "app.rate-limit.anonymous-battle-creation.refill=2",
            "app.rate-limit.anonymous-battle-creation.period=1h",
            "app.rate-limit.battle-creation.capacity=3",
            "app.rate-limit.battle-creation.refill=3",
            "app.rate-limit.battle-creation.period=1h",
            // the shipped 2,000 would take 2,001 batches to reach
            "app.rate-limit.ingest.capacity=4",
            "app.rate-limit.ingest.refill=4",
            "app.rate-limit.ingest.period=1h"
        })
class RateLimitIntegrationTests {

    private static final int PORT = TestSocketUtils.findAvailableTcpPort();
    private static final URI BASE = URI.create("http://localhost:" + PORT);
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(10);
    private static final String BATTLE = """
            {"title": "Rate test", "start": true, "source": "INGEST",
             "sides": [{"label": "A", "rooms": [{"username": "a"}]}, {"label": "B", "rooms": [{"username": "b"}]}]}""";
    private static final String LIKE = """
            [{"type":"like","msgId":"%s","userId":"42","likeCount":1,"roomId":"a"}]""";

    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    BattleManagement battles;

    @Autowired
    ApiSessions sessions;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void appOnAFreePort(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory("battlesim-ratelimit-");
        dataDir.toFile().deleteOnExit();
        registry.add("server.port", () -> PORT);
        registry.add("app.public-url", () -> "http://localhost:" + PORT);
        registry.add("app.data-dir", dataDir::toString);
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:h2:mem:ratelimit-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        registry.add("app.tiktok.client-key", () -> "");
        registry.add("app.live.demo-battle", () -> "false");
    }

    @Test
    void refusesSignInPastItsBurstWithRetryAfterAndAProblemDetail() {
        Client client = newClient();
        for (int i = 0; i < 3; i++) {
            assertThat(client.get("/api/auth/url").statusCode()).isEqualTo(200);
        }

        HttpResponse<String> fourth = client.get("/api/auth/url");

        JsonNode problem = assertTooManyRequests(fourth);
        long retryAfter = retryAfterAbout(fourth, 1200);
        assertThat(problem.path("detail").asString())
                .isEqualTo("Too many sign-in requests from your address. Try again in " + retryAfter + " seconds.");
        assertThat(problem.path("retryAfterSeconds").asLong()).isEqualTo(retryAfter);
    }

    @Test
    void showsABrowserThatSignsInTooOftenTheErrorPage() {
        Client client = newClient();
        for (int i = 0; i < 3; i++) {
            assertThat(client.get("/auth/tiktok", Map.of("Accept", "text/html")).statusCode())
                    .isEqualTo(302);
        }

        HttpResponse<String> fourth = client.get("/auth/tiktok", Map.of("Accept", "text/html"));

        assertThat(fourth.statusCode()).isEqualTo(429);
        long retryAfter = retryAfterAbout(fourth, 1200);
        assertThat(fourth.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(fourth.body())
                .contains(
                        "Slow down a little",
                        "Too many sign-in requests from your address. Try again in " + retryAfter + " seconds.");
    }

    @Test
    void cutsOffWrongIngestKeysAndThenEvenTheRightKeyFromThatAddress() {
        String battle = startIngestBattle();
        String key = battles.ingestKey(battle);
        Client guesser = newClient();
        for (int i = 0; i < 3; i++) {
            assertThat(guesser.ingest(battle, "wrong-" + i, "g" + i).statusCode())
                    .isEqualTo(401);
        }

        HttpResponse<String> wrong = guesser.ingest(battle, "wrong-4", "g4");
        HttpResponse<String> right = guesser.ingest(battle, key, "g5");

        assertThat(assertTooManyRequests(wrong).path("detail").asString())
                .startsWith("Too many failed authentication attempts")
                .doesNotContain("wrong-4");
        assertTooManyRequests(right);
        assertThat(newClient().ingest(battle, key, "g6").statusCode()).isEqualTo(200);
    }

    @Test
    void cutsOffUnsignedWebhooks() {
        Client client = newClient();
        for (int i = 0; i < 3; i++) {
            assertThat(client.postJson("/webhooks/tiktok", "{}", Map.of()).statusCode())
                    .isEqualTo(401);
        }

        assertTooManyRequests(client.postJson("/webhooks/tiktok", "{}", Map.of()));
    }

    @Test
    void cutsOffUnknownBearerTokens() {
        Client client = newClient();
        for (int i = 0; i < 3; i++) {
            assertThat(client.get("/api/battles", Map.of("Authorization", "Bearer guess-" + i))
                            .statusCode())
                    .isEqualTo(401);
        }

        assertTooManyRequests(client.get("/api/battles", Map.of("Authorization", "Bearer guess-4")));
    }

    @Test
    void refusesApiReadsPastTheBurstPerAddress() {
        Client client = newClient();
        for (int i = 0; i < 5; i++) {
            assertThat(client.get("/api/battles").statusCode()).isEqualTo(200);
        }

        assertThat(assertTooManyRequests(client.get("/api/battles"))
                        .path("detail")
                        .asString())
                .startsWith("Too many API requests.");
        assertThat(newClient().get("/api/battles").statusCode()).isEqualTo(200);
    }

    @Test
    void limitsAnonymousBattleCreationPerAddress() {
        Client client = newClient();
        for (int i = 0; i < 2; i++) {
            assertThat(client.postJson("/api/battles", BATTLE, Map.of()).statusCode())
                    .isEqualTo(201);
        }

        assertTooManyRequests(client.postJson("/api/battles", BATTLE, Map.of()));
        assertThat(newClient().postJson("/api/battles", BATTLE, Map.of()).statusCode())
                .isEqualTo(201);
    }

    @Test
    void limitsSignedInCreatorsPerUser() {
        Client client = newClient();
        Map<String, String> creator = bearer("creator");
        for (int i = 0; i < 3; i++) {
            assertThat(client.postJson("/api/battles", BATTLE, creator).statusCode())
                    .isEqualTo(201);
        }

        HttpResponse<String> fourth = client.postJson("/api/battles", BATTLE, creator);

        assertThat(assertTooManyRequests(fourth).path("detail").asString())
                .startsWith("Too many battles created by your account.");
        assertThat(client.postJson("/api/battles", BATTLE, bearer("other")).statusCode())
                .isEqualTo(201);
    }

    @Test
    void limitsIngestWithTheRightKeyPerBattle() {
        String battle = startIngestBattle();
        String key = battles.ingestKey(battle);
        Client connector = newClient();
        for (int i = 0; i < 4; i++) {
            assertThat(connector.ingest(battle, key, "m" + i).statusCode()).isEqualTo(200);
        }

        HttpResponse<String> fifth = connector.ingest(battle, key, "m5");

        long retryAfter = retryAfterAbout(fifth, 900);
        assertThat(assertTooManyRequests(fifth).path("detail").asString())
                .isEqualTo("Too many ingest requests for this battle. Try again in " + retryAfter + " seconds.")
                .doesNotContain(key);
        String other = startIngestBattle();
        assertThat(connector.ingest(other, battles.ingestKey(other), "m6").statusCode())
                .isEqualTo(200);
    }

    @Test
    void answersIngestSocketMessagesPastTheBattlesLimitWith429() throws Exception {
        String battle = startIngestBattle();
        var answers = new LinkedBlockingQueue<String>();
        WebSocket socket = newClient().socket(battle, battles.ingestKey(battle), answers, new CompletableFuture<>());

        for (int i = 0; i < 5; i++) {
            socket.sendText(LIKE.formatted("w" + i), true).join();
        }
        List<JsonNode> replies = List.of(next(answers), next(answers), next(answers), next(answers), next(answers));

        assertThat(replies).extracting(reply -> reply.path("status").asInt()).containsExactly(200, 200, 200, 200, 429);
        assertThat(replies.get(4).path("retryAfterSeconds").asLong()).isBetween(850L, 900L);
        assertThat(replies.get(4).path("title").asString()).isEqualTo("Too many requests");
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
    }

    @Test
    void countsWrongKeysOnTheIngestSocketAsFailedAuthentications() throws Exception {
        String battle = startIngestBattle();
        Client guesser = newClient();
        for (int i = 0; i < 3; i++) {
            var closed = new CompletableFuture<Integer>();
            guesser.socket(battle, "wrong-" + i, new LinkedBlockingQueue<>(), closed);
            assertThat(closed.get(10, TimeUnit.SECONDS)).isEqualTo(1008);
        }

        assertTooManyRequests(guesser.ingest(battle, battles.ingestKey(battle), "s1"));
    }

    @Test
    void describesTheTooManyRequestsAnswerInTheApiDescription() {
        JsonNode api = json.readTree(newClient().get("/api/openapi").body());

        JsonNode tooMany = api.path("paths")
                .path("/api/battles")
                .path("post")
                .path("responses")
                .path("429");
        assertThat(tooMany.path("headers").has("Retry-After")).isTrue();
        assertThat(tooMany.path("content").has("application/problem+json")).isTrue();
        assertThat(api.path("paths")
                        .path("/api/battles/{battleId}/events")
                        .path("post")
                        .path("responses")
                        .has("429"))
                .isTrue();
    }

    @Test
    void countsRefusalsPerPolicyInTheMetrics() {
        Client client = newClient();
        for (int i = 0; i < 4; i++) {
            client.get("/api/auth/url");
        }

        assertThat(newClient().get("/actuator/prometheus").body())
                .containsPattern("ratelimit_refusals_total\\{.*policy=\"sign-in\".*} [1-9]");
    }

    private String startIngestBattle() {
        BattleSetup setup = new BattleSetup(
                "Rate test",
                List.of(
                        new SideSetup("A", List.of(RoomBinding.host("a", "a", "a"))),
                        new SideSetup("B", List.of(RoomBinding.host("b", "b", "b")))),
                BattleRules.defaults().withDuration(Duration.ofMinutes(10)),
                SourceKind.INGEST,
                null);
        return battles.start(battles.create(setup).id()).id();
    }

    private Map<String, String> bearer(String openId) {
        long userId = TestDatabases.insertUser(jdbc, openId + "-" + UUID.randomUUID());
        return Map.of("Authorization", "Bearer " + sessions.issue(userId).token());
    }

    private JsonNode assertTooManyRequests(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(429);
        assertThat(problem.path("title").asString()).isEqualTo("Too many requests");
        return problem;
    }

    /** Retry-After, a little under {@code full} seconds (the bucket refills a little while a test runs). */
    private static long retryAfterAbout(HttpResponse<String> response, long full) {
        long seconds =
                Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
        assertThat(seconds).isBetween(full - 50, full);
        return seconds;
    }

    private JsonNode next(LinkedBlockingQueue<String> answers) throws InterruptedException {
        String answer = answers.poll(10, TimeUnit.SECONDS);
        assertThat(answer).as("an answer on the socket").isNotNull();
        return json.readTree(answer);
    }

    /** A client on its own loopback address, {@code 127.0.0.x}: a different client to the limits. */
    private static Client newClient() {
        try {
            return new Client(InetAddress.getByName("127.0.0." + NEXT_ADDRESS.getAndIncrement()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Client(HttpClient http) {

        Client(InetAddress address) {
            this(HttpClient.newBuilder()
                    .localAddress(address)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build());
        }

        HttpResponse<String> get(String path) {
            return get(path, Map.of());
        }

        HttpResponse<String> get(String path, Map<String, String> headers) {
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(BASE.resolve(path)).GET();
            headers.forEach(request::header);
            return send(request);
        }

        HttpResponse<String> postJson(String path, String body, Map<String, String> headers) {
            HttpRequest.Builder request = HttpRequest.newBuilder(BASE.resolve(path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            headers.forEach(request::header);
            return send(request);
        }

        HttpResponse<String> ingest(String battleId, String key, String msgId) {
            return postJson("/api/battles/" + battleId + "/events", LIKE.formatted(msgId), Map.of("X-Ingest-Key", key));
        }

        WebSocket socket(
                String battleId, String key, LinkedBlockingQueue<String> answers, CompletableFuture<Integer> closed) {
            URI uri = URI.create("ws://localhost:" + PORT + "/api/battles/" + battleId + "/events/ws?key=" + key);
            return http.newWebSocketBuilder()
                    .buildAsync(uri, new WebSocket.Listener() {
                        private final StringBuilder text = new StringBuilder();

                        @Override
                        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                            text.append(data);
                            if (last) {
                                answers.add(text.toString());
                                text.setLength(0);
                            }
                            ws.request(1);
                            return null;
                        }

                        @Override
                        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
                            closed.complete(statusCode);
                            return null;
                        }
                    })
                    .join();
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }
}
