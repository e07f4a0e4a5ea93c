package io.battlesim.app.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.tiktok.emulator.TikTokEmulator;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: {@link HttpClient} with a cookie jar, redirects followed by hand so tests can
 * look at every hop, and the CSRF token read from the page or the {@code XSRF-TOKEN} cookie like a browser app.
 */
public final class TestBrowser {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final URI base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;

    public TestBrowser(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** Connect TikTok → approve as {@code username} on the emulator → back at the app; returns the app's answer. */
    public HttpResponse<String> approveOnTikTok(TikTokEmulator emulator, String username) {
        HttpResponse<String> start = get("/auth/tiktok");
        assertThat(start.statusCode()).isEqualTo(302);
        URI authorize = location(start);
        assertThat(authorize.toString())
                .startsWith(base.resolve("/emulator/v2/auth/authorize/").toString());
        return get(emulator.approve(authorize, username).toString());
    }

    /** The whole first sign-in: approve on TikTok, then tick both boxes on the app's consent page. */
    public HttpResponse<String> signUp(TikTokEmulator emulator, String username) {
        HttpResponse<String> callback = approveOnTikTok(emulator, username);
        assertThat(location(callback).getPath()).isEqualTo("/auth/consent");
        HttpResponse<String> consent = get("/auth/consent");
        HttpResponse<String> accepted = postForm(
                "/auth/consent",
                formWithCsrf(consent, "ageConfirmed", "true", "consentAccepted", "true", "decision", "accept"));
        assertThat(accepted.statusCode()).isEqualTo(302);
        return follow(accepted);
    }

    public HttpResponse<String> get(String pathOrUrl) {
        return send(request(pathOrUrl).GET().build());
    }

    public HttpResponse<String> get(String pathOrUrl, Map<String, String> headers) {
        HttpRequest.Builder builder = request(pathOrUrl).GET();
        headers.forEach(builder::header);
        return send(builder.build());
    }

    public HttpResponse<String> postForm(String pathOrUrl, Map<String, String> fields) {
        return postForm(pathOrUrl, fields, Map.of());
    }

    public HttpResponse<String> postForm(String pathOrUrl, Map<String, String> fields, Map<String, String> headers) {
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder builder = request(pathOrUrl)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(builder::header);
        return send(builder.build());
    }

    /** The {@code X-XSRF-TOKEN} header a browser app sends, from the {@code XSRF-TOKEN} cookie. */
    public Map<String, String> xsrfHeader() {
        String token = cookie("XSRF-TOKEN").orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie"));
        return Map.of("X-XSRF-TOKEN", token);
    }

    public HttpResponse<String> postJson(String pathOrUrl, String json, Map<String, String> headers) {
        HttpRequest.Builder builder = request(pathOrUrl)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(builder::header);
        return send(builder.build());
    }

    /** Follows redirects from {@code response} and returns the final answer. */
    public HttpResponse<String> follow(HttpResponse<String> response) {
        HttpResponse<String> current = response;
        for (int hops = 0; isRedirect(current) && hops < 10; hops++) {
            current = get(location(current).toString());
        }
        return current;
    }

    /** The absolute target of a redirect. */
    public static URI location(HttpResponse<String> response) {
        String location = response.headers()
                .firstValue("Location")
                .orElseThrow(() -> new AssertionError("no Location header, status " + response.statusCode()));
        return response.uri().resolve(location);
    }

    public static boolean isRedirect(HttpResponse<String> response) {
        return response.statusCode() >= 300 && response.statusCode() < 400;
    }

    /** The hidden {@code _csrf} field of the (last) form on a page. */
    public static String csrfFieldOf(HttpResponse<String> page) {
        Matcher matcher = CSRF_FIELD.matcher(page.body());
        String token = null;
        while (matcher.find()) {
            token = matcher.group(1);
        }
        if (token == null) {
            throw new AssertionError("no _csrf field on " + page.uri());
        }
        return token;
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().get(base).stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    /** The fields of a form post with the CSRF token of {@code page}. */
    public static Map<String, String> formWithCsrf(HttpResponse<String> page, String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", csrfFieldOf(page));
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    private HttpRequest.Builder request(String pathOrUrl) {
        return HttpRequest.newBuilder(base.resolve(pathOrUrl)).timeout(Duration.ofSeconds(20));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("request to " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
