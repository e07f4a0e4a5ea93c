package io.battlesim.app.fuzz;

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
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One session's HTTP client: its own cookie jar (none for {@link Session#NONE}), HTTP/1.1 on loopback, redirects
 * left to the caller. Knows the session's CSRF token both ways a browser sends it: the masked {@code _csrf} field of a
 * page and the raw {@code XSRF-TOKEN} cookie for the {@code X-XSRF-TOKEN} header.
 */
final class Browser {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final URI base;
    private final @Nullable CookieManager cookies;
    private final HttpClient http;
    private String csrfField = "";

    Browser(URI base, boolean keepsCookies) {
        this.base = base;
        this.cookies = keepsCookies ? new CookieManager(null, CookiePolicy.ACCEPT_ALL) : null;
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10));
        if (cookies != null) {
            builder.cookieHandler(cookies);
        }
        this.http = builder.build();
    }

    HttpClient http() {
        return http;
    }

    URI resolve(String pathAndQuery) {
        return URI.create(base.toString().replaceAll("/$", "") + pathAndQuery);
    }

    HttpResponse<String> get(String pathOrUrl) {
        URI uri = pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : resolve(pathOrUrl);
        HttpResponse<String> page = send(
                HttpRequest.newBuilder(uri).header("Accept", "text/html").GET().build());
        Matcher field = CSRF_FIELD.matcher(page.body());
        if (field.find()) {
            csrfField = field.group(1);
        }
        return page;
    }

    HttpResponse<String> postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    HttpResponse<String> getJson(String path) {
        return send(HttpRequest.newBuilder(resolve(path))
                .header("Accept", "application/json")
                .GET()
                .build());
    }

    HttpResponse<String> postJson(String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (!xsrfCookie().isEmpty()) {
            request.header("X-XSRF-TOKEN", xsrfCookie());
        }
        return send(request.build());
    }

    /** The masked token of the last page that had a form, for a {@code _csrf} field. */
    String csrfField() {
        return csrfField;
    }

    /** The raw token of the {@code XSRF-TOKEN} cookie, for the {@code X-XSRF-TOKEN} header; empty when none. */
    String xsrfCookie() {
        return cookie("XSRF-TOKEN");
    }

    /** The cookies as a {@code Cookie} header value, for requests sent on a raw socket. */
    String cookieHeader() {
        if (cookies == null) {
            return "";
        }
        return cookies.getCookieStore().get(base).stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
    }

    private String cookie(String name) {
        if (cookies == null) {
            return "";
        }
        return cookies.getCookieStore().get(base).stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse("");
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("setup request to " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
