package io.battlesim.app.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Requests no HTTP client library sends, written as bytes: truncated multipart uploads (replay and video), bad
 * percent-encoding in the path, the query and a form, huge and broken headers, lying lengths, unknown methods and
 * protocol versions, odd content types and charsets.
 */
final class MalformedRequests {

    private final Values values;
    private final FuzzWorld world;
    private final Parts parts;

    MalformedRequests(Values values, FuzzWorld world, Parts parts) {
        this.values = values;
        this.world = world;
        this.parts = parts;
    }

    FuzzRequest next() {
        return switch (values.between(0, 11)) {
            case 0, 1 -> truncatedUpload();
            case 2 -> badPercentEncoding();
            case 3 -> hugeHeaders();
            case 4 -> wrongMethod();
            case 5 -> brokenRequestLine();
            case 6 -> lyingLength();
            case 7 -> brokenChunks();
            case 8 -> oddContentType();
            case 9 -> badForm();
            case 10 -> oddHeaders();
            default -> truncatedUpload();
        };
    }

    /** A multipart upload cut off in the middle of its file: the replay (with its key) or the share form's video. */
    private FuzzRequest truncatedUpload() {
        boolean replay = values.chance(0.5);
        String boundary = "cut" + values.between(0, 1_000_000);
        byte[] file = new byte[values.between(0, 4_000)];
        Arrays.fill(file, (byte) 'x');
        byte[] whole = Parts.multipart(boundary, Map.of("title", "cut"), replay ? "file" : "video", file);
        byte[] cut = Arrays.copyOf(whole, values.between(1, whole.length - 1));
        String path = replay
                ? "/api/battles/" + world.ingestBattle() + "/replay?speed=max"
                : "/publish/battles/" + world.endedBattle() + "/video";
        String headers = "Content-Type: multipart/form-data; boundary=" + boundary + "\r\n"
                + (replay ? "X-Ingest-Key: " + world.ingestKey() + "\r\n" : member())
                + "Content-Length: " + (values.chance(0.7) ? cut.length : whole.length) + "\r\n";
        return raw("POST", path, headers, cut);
    }

    private String member() {
        Browser member = world.browser(Session.MEMBER);
        return "Cookie: " + member.cookieHeader() + "\r\n"
                + (values.chance(0.7) ? "X-XSRF-TOKEN: " + member.xsrfCookie() + "\r\n" : "")
                + "Accept: " + Parts.BROWSER_ACCEPT + "\r\n";
    }

    private FuzzRequest badPercentEncoding() {
        String bad = values.pick("%", "%zz", "%e0%a4", "%c0%af", "%00", "%25%", "%u0041", "%%", "%ff%fe");
        String path = values.pick(
                "/battles/" + bad,
                "/api/battles/" + bad,
                "/api/battles?status=" + bad,
                "/api/battles?" + bad + "=1",
                "/battles/new?title=" + bad,
                "/publish/news?headline=" + bad,
                "/webhooks/tiktok?x=" + bad,
                "/api/battles/" + world.ingestBattle() + "/replay?speed=" + bad);
        return raw(values.pick("GET", "POST"), path, "Accept: " + parts.pageAccept() + "\r\n", new byte[0]);
    }

    private FuzzRequest hugeHeaders() {
        int size = values.pick(9_000, 20_000, 70_000);
        String headers = switch (values.between(0, 3)) {
            case 0 -> "X-Big: " + "a".repeat(size) + "\r\n";
            case 1 -> "Cookie: JSESSIONID=" + "b".repeat(size) + "\r\n";
            case 2 -> "X-Many: 1\r\n".repeat(values.pick(101, 1_000));
            default -> "Accept: " + "text/html,".repeat(size / 10) + "\r\n";
        };
        return raw("GET", values.pick("/", "/api/battles", "/battles/new"), headers, new byte[0]);
    }

    private FuzzRequest wrongMethod() {
        String method = values.pick("PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "HEAD", "CONNECT", "FOO", "get");
        String path = values.pick(
                "/",
                "/battles",
                "/battles/" + world.ingestBattle(),
                "/api/battles",
                "/api/battles/" + world.ingestBattle(),
                "/api/battles/" + world.ingestBattle() + "/events",
                "/api/battles/" + world.ingestBattle() + "/events/ws",
                "/api/auth/status",
                "/webhooks/tiktok",
                "/publish/news",
                "/auth/consent",
                "/logout",
                "/error");
        String headers = "Accept: " + parts.pageAccept() + "\r\nContent-Length: 2\r\n";
        return raw(method, path, headers, "{}".getBytes(StandardCharsets.US_ASCII));
    }

    private FuzzRequest brokenRequestLine() {
        String line = values.pick(
                "GET / HTTP/1.7",
                "GET / HTTP/2.0",
                "GET /api/battles HTTP/1.1 extra",
                "GET  /  HTTP/1.1",
                "GET /\u0001 HTTP/1.1",
                "GET /api/battles/" + "x".repeat(12_000) + " HTTP/1.1",
                "GET http://evil.example/api/battles HTTP/1.1",
                "GET * HTTP/1.1",
                "GET",
                "\u0000\u0001\u0002",
                "GET /api/battles?x=<script> HTTP/1.1",
                "GET /battles/{id} HTTP/1.1");
        byte[] request = (line + "\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        return FuzzRequest.raw("malformed", "GET", "/?raw-line", request);
    }

    /** A Content-Length larger than the body: the body ends where the connection does. */
    private FuzzRequest lyingLength() {
        byte[] body = "[{\"type\":\"like\",\"msgId\":\"x\"".getBytes(StandardCharsets.UTF_8);
        String path = values.pick(
                "/api/battles/" + world.ingestBattle() + "/events",
                "/api/battles",
                "/webhooks/tiktok",
                "/api/auth/mobile/token");
        String headers = "Content-Type: application/json\r\nX-Ingest-Key: " + world.ingestKey() + "\r\nContent-Length: "
                + (body.length + values.between(1, 10_000)) + "\r\n";
        return raw("POST", path, headers, body);
    }

    private FuzzRequest brokenChunks() {
        String chunks = values.pick("zz\r\n{}\r\n0\r\n\r\n", "5\r\n{}\r\n", "2\r\n{}\r\n", "-1\r\n\r\n", "2\r\n{}");
        String headers = "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
                + (values.chance(0.3) ? "Content-Length: 4\r\n" : "");
        String path =
                values.pick("/api/battles/" + world.ingestBattle() + "/events", "/api/battles", "/webhooks/tiktok");
        return raw("POST", path, headers, chunks.getBytes(StandardCharsets.US_ASCII));
    }

    private FuzzRequest oddContentType() {
        String type = values.pick(
                "application/json; charset=bogus",
                "application/json; charset=\"",
                "multipart/form-data",
                "multipart/form-data; boundary=\"unclosed",
                ";",
                "application/x-www-form-urlencoded; charset=utf-16",
                "text/plain; charset=iso-2022-jp");
        String path = values.pick(
                "/api/battles",
                "/api/battles/" + world.ingestBattle() + "/events",
                "/api/battles/" + world.ingestBattle() + "/replay",
                "/api/auth/mobile/token",
                "/webhooks/tiktok",
                "/battles");
        String headers = "Content-Type: " + type + "\r\nX-Ingest-Key: " + world.ingestKey() + "\r\nAccept: "
                + parts.apiAccept() + "\r\n";
        return raw("POST", path, headers, "{\"a\":1}".getBytes(StandardCharsets.US_ASCII));
    }

    /** A form post with undecodable fields, with the visitor's session and token so that it reaches the app. */
    private FuzzRequest badForm() {
        Browser visitor = world.browser(Session.VISITOR);
        String body = "_csrf=" + Parts.segment(visitor.csrfField()) + "&"
                + values.pick("title=%zz", "sides%5B0%5D.label=%", "%zz=1", "durationMinutes=%e0%a4", "a=b&&&==");
        String path = values.pick("/battles", "/auth/consent", "/battles/" + world.ingestBattle() + "/end");
        String headers = "Content-Type: application/x-www-form-urlencoded\r\nCookie: " + visitor.cookieHeader()
                + "\r\nAccept: " + Parts.BROWSER_ACCEPT + "\r\n";
        return raw("POST", path, headers, body.getBytes(StandardCharsets.US_ASCII));
    }

    private FuzzRequest oddHeaders() {
        String header = values.pick(
                "Accept: ;;;",
                "Accept: application/json;q=2;q=x",
                "Accept-Language: ;;;q=abc",
                "Accept-Charset: bogus",
                "Authorization: Bearer",
                "Authorization: Bearer " + "x".repeat(5_000),
                "Authorization: Basic !!!",
                "Cookie: JSESSIONID=\"unclosed",
                "Cookie: XSRF-TOKEN=" + values.ascii(20),
                "X-XSRF-TOKEN: ",
                "If-Modified-Since: yesterday",
                "Range: bytes=9-1",
                "Origin: null",
                "Host: evil.example",
                "X-Forwarded-For: ::::",
                "Header-Without-Value",
                ": empty-name",
                "X-Ctl: a\u0001b",
                "X-Utf8: \u00e9\u00e8");
        String path = values.pick("/", "/api/battles", "/api/auth/status", "/battles/new", "/webhooks/tiktok");
        return raw("GET", path, header + "\r\n", new byte[0]);
    }

    private FuzzRequest raw(String method, String path, String headers, byte[] body) {
        var out = new ByteArrayOutputStream();
        String head = method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + headers
                + (headers.contains("Content-Length") || headers.contains("Transfer-Encoding") || body.length == 0
                        ? ""
                        : "Content-Length: " + body.length + "\r\n")
                + "\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(body);
        return new FuzzRequest("malformed", method, path, headersOf(headers), body, Session.NONE, out.toByteArray());
    }

    private static List<FuzzRequest.Header> headersOf(String headers) {
        return headers.lines()
                .filter(line -> line.indexOf(':') > 0)
                .map(line -> new FuzzRequest.Header(
                        line.substring(0, line.indexOf(':')),
                        line.substring(line.indexOf(':') + 1).strip()))
                .toList();
    }
}
