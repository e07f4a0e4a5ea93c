package io.battlesim.tiktok.emulator.http;

import io.battlesim.tiktok.emulator.EmulatorResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Factories for the emulator's responses, with the right content type and caching headers. */
public final class Responses {

    private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src * data:; "
            + "base-uri 'none'; frame-ancestors 'none'";

    private Responses() {}

    /**
     * A JSON response.
     *
     * @param status the HTTP status
     * @param body a value Jackson can serialise
     * @return the response, never null
     */
    public static EmulatorResponse json(int status, Object body) {
        return new EmulatorResponse(
                status,
                Map.of("content-type", "application/json; charset=utf-8", "cache-control", "no-store"),
                Json.write(body),
                false);
    }

    /**
     * An HTML page that may not be framed.
     *
     * @param status the HTTP status
     * @param html the whole document
     * @return the response, never null
     */
    public static EmulatorResponse html(int status, String html) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", "text/html; charset=utf-8");
        headers.put("cache-control", "no-store");
        headers.put("x-frame-options", "DENY");
        headers.put("x-content-type-options", "nosniff");
        headers.put("content-security-policy", CSP);
        headers.put("referrer-policy", "no-referrer");
        return new EmulatorResponse(status, headers, html.getBytes(StandardCharsets.UTF_8), false);
    }

    /**
     * A {@code 302 Found} redirect.
     *
     * @param location the absolute target
     * @return the response, never null
     */
    public static EmulatorResponse redirect(String location) {
        return new EmulatorResponse(302, Map.of("location", location, "cache-control", "no-store"), new byte[0], false);
    }

    /**
     * A cacheable SVG image.
     *
     * @param svg the image document
     * @return the response, never null
     */
    public static EmulatorResponse svg(String svg) {
        return new EmulatorResponse(
                200,
                Map.of(
                        "content-type", "image/svg+xml; charset=utf-8",
                        "cache-control", "public, max-age=3600",
                        "x-content-type-options", "nosniff",
                        "content-security-policy", "default-src 'none'; style-src 'unsafe-inline'"),
                svg.getBytes(StandardCharsets.UTF_8),
                false);
    }
}
