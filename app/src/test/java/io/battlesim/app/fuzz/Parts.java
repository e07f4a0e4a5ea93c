package io.battlesim.app.fuzz;

import io.battlesim.app.fuzz.FuzzRequest.Header;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The pieces every generator needs: encoded paths and forms, Accept and Content-Type headers, CSRF, multipart. */
final class Parts {

    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final Values values;
    private final FuzzWorld world;

    Parts(Values values, FuzzWorld world) {
        this.values = values;
        this.world = world;
    }

    /** A path segment: a real id most of the time, else hostile text, percent-encoded either way. */
    String id(String real, double realShare) {
        return values.chance(realShare) ? real : segment(values.text());
    }

    static String segment(String raw) {
        return URLEncoder.encode(raw, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String form(List<String[]> fields) {
        return fields.stream()
                .map(field -> URLEncoder.encode(field[0], StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field[1], StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** What a client of the API says it accepts. */
    String apiAccept() {
        return values.pick(
                "application/json",
                "application/json",
                "*/*",
                "application/problem+json",
                "text/html",
                "application/xml",
                "image/png",
                "application/json;q=abc",
                "garbage;;;",
                "");
    }

    /** What a browser says it accepts, now and then something else. */
    String pageAccept() {
        return values.chance(0.9) ? BROWSER_ACCEPT : apiAccept();
    }

    /** A Content-Type other than the one expected. */
    String wrongContentType() {
        return values.pick(
                "text/plain",
                "application/xml",
                "application/x-www-form-urlencoded",
                "multipart/form-data",
                "multipart/form-data; boundary=",
                "application/json; charset=latin1",
                "application/json; charset=bogus",
                "application/json;;;",
                "*/*",
                "application/octet-stream",
                "text/html; charset=utf-8",
                "x");
    }

    /** Accept, and the CSRF header a browser app sends (now and then missing or wrong). */
    List<Header> apiHeaders(Session session) {
        List<Header> headers = new ArrayList<>();
        String accept = apiAccept();
        if (!accept.isEmpty()) {
            headers.add(new Header("Accept", accept));
        }
        if (session != Session.NONE && values.chance(0.9)) {
            String token = values.chance(0.9) ? world.browser(session).xsrfCookie() : values.ascii(36);
            if (!token.isEmpty()) {
                headers.add(new Header("X-XSRF-TOKEN", token));
            }
        }
        if (values.chance(0.05)) {
            headers.add(new Header("Authorization", "Bearer " + values.ascii(values.between(0, 300))));
        }
        return headers;
    }

    /** The {@code _csrf} field of a page's form: the session's own token mostly, now and then none or a wrong one. */
    List<String[]> csrf(Session session) {
        List<String[]> fields = new ArrayList<>();
        double roll = values.between(0, 99);
        if (roll < 85) {
            fields.add(new String[] {"_csrf", world.browser(session).csrfField()});
        } else if (roll < 90) {
            fields.add(new String[] {"_csrf", values.text()});
        } else if (roll < 95) {
            fields.add(new String[] {"_csrf", world.browser(Session.MEMBER).csrfField()});
        }
        return fields;
    }

    /** A well-formed multipart body: the fields, then the file part. */
    static byte[] multipart(String boundary, Map<String, String> fields, String fileField, byte[] file) {
        var out = new ByteArrayOutputStream();
        fields.forEach((name, value) -> out.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                        + "\"; filename=\"upload.bin\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(file);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** A body as a multipart one may break: whole, cut short, without its last boundary, or with a wrong one. */
    byte[] damageMultipart(byte[] body) {
        return switch (values.between(0, 5)) {
            case 0 -> Arrays.copyOf(body, values.between(0, Math.max(0, body.length - 1)));
            case 1 -> Arrays.copyOf(body, Math.max(0, body.length - values.between(3, 20)));
            case 2 ->
                new String(body, StandardCharsets.ISO_8859_1)
                        .replace("--\r\n", "")
                        .getBytes(StandardCharsets.ISO_8859_1);
            default -> body;
        };
    }
}
