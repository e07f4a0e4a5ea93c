package io.battlesim.tiktok.emulator.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.tiktok.emulator.EmulatorServer;
import io.battlesim.tiktok.emulator.MutableClock;
import io.battlesim.tiktok.emulator.PkceMode;
import io.battlesim.tiktok.emulator.RegisteredApp;
import io.battlesim.tiktok.emulator.TikTokEmulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A running emulator with a {@link MutableClock}, an audited and an unaudited app with every scope, and a JDK HTTP
 * client; tests talk HTTP to it like an app would.
 */
final class PublishHarness implements AutoCloseable {

    static final Instant START = Instant.parse("2026-03-02T10:00:00Z");
    static final String ALL_SCOPES =
            "user.info.basic,user.info.profile,user.info.stats,video.list,video.upload,video.publish";
    static final long MIB = 1L << 20;

    /** A public account: every sandbox account but kai.games and luna.sings starts private. */
    static final String PUBLIC_CREATOR = "luna.sings";

    static final RegisteredApp AUDITED = app("sbawaudited", "audited-secret-1234", true);
    static final RegisteredApp UNAUDITED = app("sbawunaudited", "unaudited-secret-5678", false);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final MutableClock clock = new MutableClock(START);
    final TikTokEmulator emulator;
    final EmulatorServer server;
    final Publishing publishing;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private PublishHarness(UnaryOperator<TikTokEmulator.Builder> configuration) {
        emulator = configuration
                .apply(TikTokEmulator.builder().clock(clock).livePace(0).publishTimetable(PublishTimetable.IMMEDIATE))
                .build();
        emulator.apps().register(AUDITED);
        emulator.apps().register(UNAUDITED);
        server = EmulatorServer.start(emulator, 0);
        publishing = emulator.publishing();
    }

    static PublishHarness start() {
        return new PublishHarness(UnaryOperator.identity());
    }

    static PublishHarness start(UnaryOperator<TikTokEmulator.Builder> configuration) {
        return new PublishHarness(configuration);
    }

    private static RegisteredApp app(String key, String secret, boolean audited) {
        return new RegisteredApp(
                key,
                secret,
                "Poster " + key,
                List.of("https://" + key + ".example.com/cb/"),
                Set.of(ALL_SCOPES.split(",")),
                PkceMode.LENIENT,
                false,
                audited);
    }

    @Override
    public void close() {
        server.close();
    }

    /** A user access token of {@code username} for {@code app} with the given comma-separated scopes. */
    String token(RegisteredApp app, String username, String scopes) {
        URI authorize = URI.create(server.baseUrl() + "/v2/auth/authorize/?client_key=" + app.clientKey() + "&scope="
                + encode(scopes) + "&response_type=code&redirect_uri="
                + encode(app.redirectUris().get(0))
                + "&state=s");
        URI callback = emulator.approve(authorize, username);
        String code = Arrays.stream(callback.getRawQuery().split("&"))
                .filter(pair -> pair.startsWith("code="))
                .map(pair -> URLDecoder.decode(pair.substring(5), StandardCharsets.UTF_8))
                .findFirst()
                .orElseThrow();
        String form = "client_key=" + app.clientKey() + "&client_secret=" + app.clientSecret()
                + "&grant_type=authorization_code&code=" + encode(code) + "&redirect_uri="
                + encode(app.redirectUris().get(0));
        HttpResponse<String> response = send(request("/v2/oauth/token/")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).get("access_token").asString();
    }

    String token(RegisteredApp app, String username) {
        return token(app, username, ALL_SCOPES);
    }

    HttpResponse<String> post(String path, String token, String jsonBody) {
        return send(request(path)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody))
                .build());
    }

    HttpResponse<String> creatorInfo(String token) {
        return send(request("/v2/post/publish/creator_info/query/")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    }

    HttpResponse<String> status(String token, String publishId) {
        return post("/v2/post/publish/status/fetch/", token, "{\"publish_id\":\"" + publishId + "\"}");
    }

    /** Fetches the status until it is terminal (downloads run on their own threads). */
    JsonNode awaitStatus(String token, String publishId, String expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        JsonNode data = json(status(token, publishId)).get("data");
        while (!data.get("status").asString().equals(expected) && System.nanoTime() < deadline) {
            sleep(20);
            data = json(status(token, publishId)).get("data");
        }
        assertThat(data.get("status").asString()).as(data.toString()).isEqualTo(expected);
        return data;
    }

    HttpResponse<String> put(URI uploadUrl, String contentType, String contentRange, byte[] body) {
        return send(HttpRequest.newBuilder(uploadUrl)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .header("Content-Range", contentRange)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    HttpResponse<String> putChunk(URI uploadUrl, long first, long last, long total) {
        return put(
                uploadUrl,
                "video/mp4",
                "bytes " + first + "-" + last + "/" + total,
                new byte[(int) (last - first + 1)]);
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).timeout(Duration.ofSeconds(10));
    }

    static String fileUploadVideo(String privacy, long size, long chunk, long count) {
        return "{\"post_info\":{\"title\":\"Battle #1 🎉\",\"privacy_level\":\"" + privacy + "\"},"
                + fileUploadSource(size, chunk, count) + "}";
    }

    static String fileUploadSource(long size, long chunk, long count) {
        return "\"source_info\":{\"source\":\"FILE_UPLOAD\",\"video_size\":" + size + ",\"chunk_size\":" + chunk
                + ",\"total_chunk_count\":" + count + "}";
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    static String code(HttpResponse<String> response) {
        return json(response).at("/error/code").asString();
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
