package io.battlesim.app.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One request of the fuzz run: sent by the JDK client in the name of a {@link Session}, or as {@code raw} bytes on a
 * socket when no client would send it (a malformed request line, a truncated body, a huge header).
 *
 * @param target the family it belongs to, for the figures (openapi, ingest, webhook, form, page, malformed)
 * @param method the HTTP method
 * @param path the raw path and query, already percent-encoded (or deliberately not, for raw requests)
 * @param headers the headers in order, names may repeat
 * @param body the body, empty for none
 * @param session whose cookies go with it
 * @param raw the whole request as bytes for the socket, or null to use the JDK client
 */
record FuzzRequest(
        String target,
        String method,
        String path,
        List<Header> headers,
        byte[] body,
        Session session,
        byte @Nullable [] raw) {

    /** A header as sent. */
    record Header(String name, String value) {}

    static FuzzRequest of(
            String target, String method, String path, List<Header> headers, byte[] body, Session session) {
        return new FuzzRequest(target, method, path, List.copyOf(headers), body, session, null);
    }

    static FuzzRequest raw(String target, String method, String path, byte[] raw) {
        return new FuzzRequest(target, method, path, List.of(), new byte[0], Session.NONE, raw);
    }

    /** The API and the webhooks answer errors with problem details; every other path is a page. */
    boolean machinePath() {
        String plain = path.toLowerCase(Locale.ROOT);
        return plain.equals("/api")
                || plain.startsWith("/api/")
                || plain.startsWith("/api?")
                || plain.equals("/webhooks")
                || plain.startsWith("/webhooks/")
                || plain.startsWith("/webhooks?");
    }

    /** Whether the request says it wants a page, as a browser does. */
    boolean acceptsHtml() {
        return headers.stream()
                .filter(header -> header.name().equalsIgnoreCase("Accept"))
                .anyMatch(header -> header.value().contains("text/html"));
    }

    /** What a failure report shows of it. */
    String describe() {
        String excerpt = new String(body, 0, Math.min(body.length, 160), StandardCharsets.UTF_8);
        String line = method + " " + (path.length() > 160 ? path.substring(0, 160) + "…" : path);
        return "[" + target + ", " + session + (raw == null ? "" : ", raw") + "] " + line
                + (body.length == 0 ? "" : " body(" + body.length + " bytes): " + excerpt.replaceAll("\\s+", " "));
    }
}
