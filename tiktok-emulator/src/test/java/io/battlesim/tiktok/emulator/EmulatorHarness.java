package io.battlesim.tiktok.emulator;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A running emulator on a real port with a {@link MutableClock}, three registered apps and a plain JDK HTTP
 * client (the emulator's tests never use the SDK).
 */
final class EmulatorHarness implements AutoCloseable {

    static final Instant START = Instant.parse("2026-01-12T08:30:12Z");
    static final String ALL_SCOPES =
            "user.info.basic,user.info.profile,user.info.stats,video.list,video.upload,video.publish";

    /** A web app: https redirect, PKCE optional and LENIENT, a name full of HTML metacharacters. */
    static final RegisteredApp WEB = new RegisteredApp(
            "sbawtestweb",
            "web-secret-9f3a7c1d2e",
            "Battle <Sim> & \"Friends\"",
            List.of("https://app.example.com/auth/callback/"),
            Set.of(ALL_SCOPES.split(",")),
            PkceMode.LENIENT,
            false,
            false);

    /** A desktop app: loopback redirect, PKCE required in TikTok's hex encoding, no stats scope. */
    static final RegisteredApp DESKTOP = new RegisteredApp(
            "sbawtestdesk",
            "desk-secret-1b2c3d4e5f",
            "Desk App",
            List.of("http://127.0.0.1:5000/callback"),
            Set.of("user.info.basic", "user.info.profile"),
            PkceMode.HEX,
            true,
            false);

    /** An app that insists on RFC 7636 base64url challenges. */
    static final RegisteredApp RFC = new RegisteredApp(
            "sbawtestrfc",
            "rfc-secret-0a9b8c7d6e",
            "RFC App",
            List.of("https://rfc.example.com/cb/"),
            Set.of("user.info.basic"),
            PkceMode.BASE64URL,
            true,
            true);

    static final String VERIFIER = "gaeCq5mVvbhA8Ce6w5O9XBVIKMkySgv-_9A-rnhm9Ns";
    static final String HEX_CHALLENGE = "e6a178b120743d08509508f269652b0bdf91e29332921bc9e9744fd3dd41bfef";
    static final String BASE64URL_CHALLENGE = "5qF4sSB0PQhQlQjyaWUrC9-R4pMykhvJ6XRP091Bv-8";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final MutableClock clock = new MutableClock(START);
    final TikTokEmulator emulator;
    final EmulatorServer server;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private EmulatorHarness(UnaryOperator<TikTokEmulator.Builder> configuration) {
        emulator = configuration
                .apply(TikTokEmulator.builder().clock(clock).livePace(0))
                .build();
        emulator.apps().register(WEB);
        emulator.apps().register(DESKTOP);
        emulator.apps().register(RFC);
        server = EmulatorServer.start(emulator, 0);
    }

    static EmulatorHarness start() {
        return new EmulatorHarness(UnaryOperator.identity());
    }

    static EmulatorHarness start(UnaryOperator<TikTokEmulator.Builder> configuration) {
        return new EmulatorHarness(configuration);
    }

    @Override
    public void close() {
        server.close();
    }

    URI url(String pathAndQuery) {
        return URI.create(server.baseUrl() + pathAndQuery);
    }

    HttpResponse<String> get(String pathAndQuery, String... headers) {
        return send(request(pathAndQuery, headers).GET().build());
    }

    HttpResponse<String> postForm(String path, Map<String, String> form, String... headers) {
        return send(request(path, headers)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                .build());
    }

    HttpResponse<String> post(String path, String contentType, String body) {
        return send(request(path)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
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

    HttpRequest.Builder request(String pathAndQuery, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(url(pathAndQuery)).timeout(Duration.ofSeconds(10));
        return headers.length == 0 ? builder : builder.headers(headers);
    }

    /** The authorize URL an app would open. */
    URI authorizeUrl(RegisteredApp app, String scope, String state, @Nullable String challenge) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("client_key", app.clientKey());
        query.put("scope", scope);
        query.put("response_type", "code");
        query.put("redirect_uri", app.redirectUris().get(0));
        query.put("state", state);
        if (challenge != null) {
            query.put("code_challenge", challenge);
            query.put("code_challenge_method", "S256");
        }
        return url("/v2/auth/authorize/?" + encode(query));
    }

    /** Approves as the user and returns the (decoded) authorization code. */
    String code(RegisteredApp app, String scope, @Nullable String challenge, String username) {
        URI callback = emulator.approve(authorizeUrl(app, scope, "st", challenge), username);
        String code = query(callback).get("code");
        assertThat(code).as("code in %s", callback).isNotNull();
        return code;
    }

    HttpResponse<String> exchange(RegisteredApp app, String code, @Nullable String verifier) {
        Map<String, String> form = clientForm(app);
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", app.redirectUris().get(0));
        if (verifier != null) {
            form.put("code_verifier", verifier);
        }
        return postForm("/v2/oauth/token/", form);
    }

    /** A full login as ava.sparks on the web app with every scope; the token response. */
    JsonNode login(String scope) {
        HttpResponse<String> response = exchange(WEB, code(WEB, scope, null, "ava.sparks"), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    HttpResponse<String> refresh(RegisteredApp app, String refreshToken) {
        Map<String, String> form = clientForm(app);
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken);
        return postForm("/v2/oauth/token/", form);
    }

    HttpResponse<String> userInfo(String accessToken, String fields) {
        return get("/v2/user/info/?fields=" + fields, "Authorization", "Bearer " + accessToken);
    }

    /** {@code POST /v2/video/list/?fields=…} with a JSON body. */
    HttpResponse<String> videoList(String accessToken, String fields, String jsonBody) {
        return postJson("/v2/video/list/?fields=" + fields, accessToken, jsonBody);
    }

    /** {@code POST /v2/video/query/?fields=…} with a JSON body. */
    HttpResponse<String> videoQuery(String accessToken, String fields, String jsonBody) {
        return postJson("/v2/video/query/?fields=" + fields, accessToken, jsonBody);
    }

    HttpResponse<String> postJson(String pathAndQuery, String accessToken, String jsonBody) {
        return send(request(pathAndQuery)
                .header("Authorization", "Bearer " + accessToken)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody))
                .build());
    }

    /** A full login as {@code username} on the web app with the given scopes; the access token. */
    String accessToken(String username, String scope) {
        HttpResponse<String> response = exchange(WEB, code(WEB, scope, null, username), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).get("access_token").asString();
    }

    static Map<String, String> clientForm(RegisteredApp app) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("client_key", app.clientKey());
        form.put("client_secret", app.clientSecret());
        return form;
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    static JsonNode json(EmulatorResponse response) {
        return JSON.readTree(response.body());
    }

    static Map<String, String> query(URI uri) {
        String raw = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        return java.util.Arrays.stream(raw.split("&"))
                .filter(pair -> !pair.isEmpty())
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(
                        pair -> decode(pair[0]),
                        pair -> pair.length > 1 ? decode(pair[1]) : "",
                        (a, b) -> a,
                        LinkedHashMap::new));
    }

    static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static Map<String, String> form(String... namesAndValues) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
