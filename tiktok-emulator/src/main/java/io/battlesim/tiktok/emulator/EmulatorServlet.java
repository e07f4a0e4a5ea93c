package io.battlesim.tiktok.emulator;

import io.battlesim.tiktok.emulator.http.FormData;
import io.battlesim.tiktok.emulator.http.MalformedRequestException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Mounts a {@link TikTokEmulator} in a servlet container, e.g. at {@code /emulator/*}; the path info is the
 * emulator path. The request body is passed through unread, so no filter in front of this servlet may consume form
 * parameters (exempt its path from CSRF protection: TikTok's endpoints are called by other servers).
 */
public final class EmulatorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient TikTokEmulator emulator;

    /**
     * Creates the servlet.
     *
     * @param emulator the emulator to serve, must not be null
     */
    public EmulatorServlet(TikTokEmulator emulator) {
        this.emulator = Objects.requireNonNull(emulator, "emulator must not be null");
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        EmulatorResponse answer;
        try {
            answer = emulator.handle(toEmulatorRequest(request));
        } catch (MalformedRequestException e) {
            answer = emulator.badRequest(e.getMessage());
        }
        if (answer.dropConnection()) {
            abort(response);
        } else if (UnreadBody.discard(request.getInputStream())) {
            write(answer, response);
        } else {
            write(answer.withHeader("connection", "close"), response);
        }
    }

    static EmulatorRequest toEmulatorRequest(HttpServletRequest request) throws IOException {
        String query = request.getQueryString();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, Collections.list(request.getHeaders(name)));
        }
        return new EmulatorRequest(
                request.getMethod(),
                request.getPathInfo() == null ? "/" : request.getPathInfo(),
                FormData.parse(query == null ? "" : query).values(),
                headers,
                request.getInputStream());
    }

    static void write(EmulatorResponse answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.status());
        answer.headers().forEach((name, value) -> {
            if (name.equals("content-type")) {
                response.setContentType(value);
            } else {
                response.setHeader(name, value);
            }
        });
        response.setContentLength(answer.body().length);
        if (answer.body().length > 0) {
            response.getOutputStream().write(answer.body());
        }
    }

    /**
     * Servlets cannot close a socket; the closest is to promise a body, send none and fail, so the container
     * closes the connection and the client sees a truncated response.
     */
    private static void abort(HttpServletResponse response) throws IOException {
        response.setStatus(200);
        response.setHeader("connection", "close");
        response.setContentLength(1);
        response.flushBuffer();
        throw new IOException("connection dropped on purpose by the TikTok emulator's fault mode");
    }
}
