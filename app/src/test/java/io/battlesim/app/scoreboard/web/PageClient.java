package io.battlesim.app.scoreboard.web;

import io.battlesim.tiktok.emulator.TikTokEmulator;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A cookie-keeping HTTP client that posts forms with the CSRF token of the page they came from. */
final class PageClient {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    PageClient(URI base) {
        this.base = base;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(base.resolve(path))
                        .timeout(Duration.ofSeconds(20))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in as the sandbox creator {@code username}: Connect TikTok, approve on the emulator, consent. */
    PageClient signIn(TikTokEmulator emulator, String username) throws IOException, InterruptedException {
        HttpResponse<String> start = get("/auth/tiktok");
        URI authorize =
                start.uri().resolve(start.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> callback =
                get(emulator.approve(authorize, username).toString());
        String next = callback.headers().firstValue("Location").orElseThrow();
        if (next.endsWith("/auth/consent")) {
            HttpResponse<String> consent = get("/auth/consent");
            HttpResponse<String> accepted = post(
                    "/auth/consent",
                    consent,
                    Map.of("ageConfirmed", "true", "consentAccepted", "true", "decision", "accept"));
            if (accepted.statusCode() != 302) {
                throw new AssertionError("consent answered " + accepted.statusCode());
            }
        }
        return this;
    }

    /** Posts {@code fields} (plus the CSRF token of {@code page}) as a form. */
    HttpResponse<String> post(String path, HttpResponse<String> page, Map<String, String> fields)
            throws IOException, InterruptedException {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("_csrf", csrf(page));
        all.putAll(fields);
        String body = all.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return http.send(
                HttpRequest.newBuilder(base.resolve(path))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher matcher = CSRF_FIELD.matcher(page.body());
        if (!matcher.find()) {
            throw new AssertionError("no _csrf field on " + page.uri());
        }
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
