package io.battlesim.bench.insights;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser as far as the app's pages need one: its cookies (the session, {@code XSRF-TOKEN}), no redirects followed
 * on its own, and "Sign in with TikTok" through the built-in emulator's consent page and, the first time, the app's
 * own consent form. Only plain HTTP over loopback, nothing executes scripts.
 */
final class BrowserSession {

    private static final Pattern FORM_ACTION = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\"");
    private static final Pattern PENDING_ID = Pattern.compile("name=\"pending_id\" value=\"([^\"]+)\"");
    private static final Pattern SCOPE = Pattern.compile("name=\"scope\" value=\"([^\"]+)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern OPEN_ID = Pattern.compile("\"openId\":\"([^\"]+)\"");

    private final HttpClient http;
    private final URI app;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    BrowserSession(HttpClient http, URI app) {
        this.http = http;
        this.app = app;
    }

    /**
     * Signs in as a sandbox account: GET /auth/tiktok, the emulator's consent page approved with every scope, the
     * callback, and for a first-time user the app's consent form with both boxes ticked. Ends on {@code next}.
     *
     * @return whether the app asked for consent (a first sign-in)
     */
    boolean signInWithTikTok(String account, String next) throws Exception {
        HttpResponse<String> hop = get("/auth/tiktok?next=" + encode(next));
        for (int i = 0; i < 3 && !location(hop).getPath().contains("/v2/auth/authorize"); i++) {
            hop = get(location(hop).toString()); // the hop to the callback's host, if any
        }
        HttpResponse<String> authorize = expect(get(location(hop).toString()), 200, "the emulator's consent page");
        if (!authorize.body().contains("name=\"account\" value=\"" + account + "\"")) {
            throw new IllegalStateException("no sandbox account " + account + " on " + authorize.uri());
        }
        Map<String, List<String>> approval = new LinkedHashMap<>();
        approval.put("pending_id", List.of(first(PENDING_ID, authorize, "pending_id")));
        approval.put("scope", all(SCOPE, authorize.body()));
        approval.put("account", List.of(account));
        approval.put("decision", List.of("approve"));
        String action = first(FORM_ACTION, authorize, "form action").replace("&amp;", "&");
        HttpResponse<String> approved = expect(post(action, approval), 302, "approving on the emulator");
        HttpResponse<String> callback = expect(get(location(approved).toString()), 302, "the sign-in callback");
        boolean consent = location(callback).getPath().equals("/auth/consent");
        if (consent) {
            HttpResponse<String> form = expect(get("/auth/consent"), 200, "the app's consent form");
            Map<String, List<String>> answers = new LinkedHashMap<>();
            answers.put("_csrf", List.of(first(CSRF, form, "_csrf")));
            answers.put("ageConfirmed", List.of("true"));
            answers.put("consentAccepted", List.of("true"));
            answers.put("decision", List.of("accept"));
            callback = expect(post("/auth/consent", answers), 302, "accepting the consent form");
        }
        if (!location(callback).getPath().equals(next)) {
            throw new IllegalStateException("signed in, but sent to " + location(callback) + " instead of " + next);
        }
        return consent;
    }

    /** The open_id of the signed-in user, from GET /api/auth/status. */
    String openId() throws Exception {
        HttpResponse<String> status = expect(get("/api/auth/status"), 200, "/api/auth/status");
        Matcher matcher = OPEN_ID.matcher(status.body());
        if (!status.body().contains("\"signedIn\":true") || !matcher.find()) {
            throw new IllegalStateException("not signed in: " + status.body());
        }
        return matcher.group(1);
    }

    /** A GET with this browser's cookies; redirects are answered, not followed. */
    HttpResponse<String> get(String pathOrUrl) throws Exception {
        return send(request(pathOrUrl).GET());
    }

    private HttpResponse<String> post(String pathOrUrl, Map<String, List<String>> fields) throws Exception {
        String form = fields.entrySet().stream()
                .flatMap(field -> field.getValue().stream().map(value -> encode(field.getKey()) + "=" + encode(value)))
                .collect(Collectors.joining("&"));
        return send(request(pathOrUrl)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private HttpRequest.Builder request(String pathOrUrl) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(app.resolve(pathOrUrl)).timeout(Duration.ofSeconds(60));
        if (!cookies.isEmpty()) {
            builder.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                            .collect(Collectors.joining("; ")));
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String header : response.headers().allValues("set-cookie")) {
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            String name = pair.substring(0, equals).strip();
            String value = pair.substring(equals + 1).strip();
            if (value.isEmpty() || header.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return response;
    }

    private static URI location(HttpResponse<String> response) {
        String location = response.headers()
                .firstValue("location")
                .orElseThrow(() -> new IllegalStateException(
                        response.uri() + " answered " + response.statusCode() + " without a Location"));
        return response.uri().resolve(location);
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + ": " + response.uri() + " answered " + response.statusCode()
                    + " instead of " + status + ": " + Checks.excerpt(response.body()));
        }
        return response;
    }

    private static String first(Pattern pattern, HttpResponse<String> page, String what) {
        Matcher matcher = pattern.matcher(page.body());
        if (!matcher.find()) {
            throw new IllegalStateException("no " + what + " on " + page.uri() + ": " + Checks.excerpt(page.body()));
        }
        return matcher.group(1);
    }

    private static List<String> all(Pattern pattern, String body) {
        List<String> values = new ArrayList<>();
        Matcher matcher = pattern.matcher(body);
        while (matcher.find()) {
            values.add(matcher.group(1));
        }
        return values;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
