package io.battlesim.app.site;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.util.HtmlUtils;

/**
 * The error answer for a request that never reaches the application: one whose request line or headers Tomcat
 * cannot read (a raw {@code <} or {@code >} or a stray {@code %} in the address, headers too large). In place of
 * Tomcat's own page, an API path (or a request that accepts JSON but not HTML) gets an
 * {@code application/problem+json} body and anything else a short page in the site's style. When Tomcat gave up
 * before it read the path and the headers (a {@code <} in the query string), nothing tells an API call apart, so
 * the page it is. Neither echoes the request nor names the server, and neither is a 5xx: see {@link #clientStatus}.
 */
final class ContainerErrorValve extends ErrorReportValve {

    static final String MALFORMED_DETAIL = "The request could not be read: its address or headers are malformed. "
            + "Characters such as < > { } | and a % not followed by two hex digits must be percent-encoded.";
    static final String VERSION_DETAIL = "The request could not be read: this server speaks HTTP/1.1.";
    static final String OTHER_DETAIL = "The request could not be handled.";

    @Override
    protected void report(Request request, Response response, @Nullable Throwable throwable) {
        int tomcatStatus = response.getStatus();
        // as Tomcat's own report: only an error nobody answered yet, on a connection that can still be written
        if (tomcatStatus < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean();
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        int status = clientStatus(tomcatStatus, request.getMethod());
        if (status != tomcatStatus) {
            response.setStatus(status);
            if (status == HttpStatus.METHOD_NOT_ALLOWED.value()) {
                response.setHeader("Allow", "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
            }
        }
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        boolean version = tomcatStatus == HttpStatus.HTTP_VERSION_NOT_SUPPORTED.value();
        String detail = version ? VERSION_DETAIL : status == 400 ? MALFORMED_DETAIL : OTHER_DETAIL;
        boolean api = wantsJson(path(request), request.getHeader("Accept"));
        try {
            response.setContentType(api ? "application/problem+json" : "text/html");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(
                        api ? problem(status, title, detail) : page(status, title, heading(status, version), detail));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException gone) {
            // the client went away or the response was committed meanwhile: nothing left to tell it
        }
    }

    /**
     * Tomcat answers two kinds of bad input with a 5xx: CONNECT (501, it is no proxy) and a request line claiming
     * another HTTP version (505, even HTTP/1.7, which should be read as 1.1). Both are the client's mistake: the first
     * is a method no resource here allows (405), the second a request this server cannot read (400).
     */
    static int clientStatus(int tomcatStatus, @Nullable String method) {
        if (tomcatStatus == HttpStatus.NOT_IMPLEMENTED.value() && "CONNECT".equalsIgnoreCase(method)) {
            return HttpStatus.METHOD_NOT_ALLOWED.value();
        }
        if (tomcatStatus == HttpStatus.HTTP_VERSION_NOT_SUPPORTED.value()) {
            return HttpStatus.BAD_REQUEST.value();
        }
        return tomcatStatus;
    }

    private static String heading(int status, boolean version) {
        if (version) {
            return "We couldn't read that request";
        }
        return status == 400 ? "We couldn't read that address" : "We couldn't handle that request";
    }

    /** API clients get JSON: an API or webhook path, or an Accept header asking for JSON rather than HTML. */
    private static boolean wantsJson(@Nullable String path, @Nullable String accept) {
        if (ProblemPaths.matches(path)) {
            return true;
        }
        return accept != null && accept.contains("json") && !accept.contains("text/html");
    }

    /** The raw path as sent (no decoding: it may be what could not be decoded); null when even that is unknown. */
    private static @Nullable String path(Request request) {
        try {
            String uri = request.getCoyoteRequest().requestURI().toString();
            return uri == null || uri.isEmpty() ? null : uri;
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private static String problem(int status, String title, String detail) {
        return "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\"" + detail
                + "\"}";
    }

    private static String page(int status, String title, String heading, String detail) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>%s · TikTok Battle Simulator</title>
                  <link rel="icon" type="image/svg+xml" href="/img/logo.svg">
                  <link rel="stylesheet" href="/css/app.css">
                </head>
                <body>
                <main id="main" class="prose error-page">
                  <p class="error-code">%d</p>
                  <h1>%s</h1>
                  <p class="lead">%s</p>
                  <p><a class="button button-primary" href="/">Back to the home page</a></p>
                </main>
                </body>
                </html>
                """.formatted(
                        HtmlUtils.htmlEscape(title),
                        status,
                        heading, // one of ours, with an apostrophe
                        HtmlUtils.htmlEscape(detail));
    }
}
