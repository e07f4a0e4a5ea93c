package io.battlesim.app.fuzz;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The ingest WebSocket with the JDK client: sockets opened with the right key, a wrong one, none or for an unknown
 * battle, then mutated messages (events, garbage, binary frames, a message over the size limit). Every message must
 * be answered with a status below 500, or the socket closed for a reason that is not a server error (1011).
 */
final class WebSocketFuzz {

    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*(\\d+)");
    private static final int SERVER_ERROR = 1011;

    private final Values values;
    private final FuzzWorld world;
    private final IngestEvents events;
    private final URI base;
    private final FuzzReport report;
    private final HttpClient http = HttpClient.newHttpClient();

    WebSocketFuzz(Values values, FuzzWorld world, IngestEvents events, URI base, FuzzReport report) {
        this.values = values;
        this.world = world;
        this.events = events;
        this.base = base;
        this.report = report;
    }

    void run(int messages) throws InterruptedException {
        int sent = 0;
        while (sent < messages) {
            sent += socket(Math.min(messages - sent, values.between(1, 40)));
        }
    }

    /** One socket and up to {@code burst} messages on it; returns how many exchanges were counted. */
    private int socket(int burst) throws InterruptedException {
        String battle = values.chance(0.9) ? world.ingestBattle() : Parts.segment(values.text());
        String key = switch (values.between(0, 9)) {
            case 0 -> values.ascii(values.between(0, 60));
            case 1 -> "";
            default -> world.ingestKey();
        };
        boolean inHeader = values.chance(0.3);
        String query = inHeader || key.isEmpty() ? "" : "?key=" + Parts.segment(key);
        URI uri = URI.create(
                base.toString().replaceFirst("^http", "ws") + "api/battles/" + battle + "/events/ws" + query);
        Listener listener = new Listener();
        WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
        if (inHeader && !key.isEmpty()) {
            builder.header("X-Ingest-Key", key);
        }
        WebSocket socket;
        try {
            socket = builder.buildAsync(uri, listener).get(10, TimeUnit.SECONDS);
        } catch (ExecutionException refused) {
            // a handshake the server refused with an HTTP answer (a malformed address): only a 5xx is wrong
            if (refused.getCause() instanceof WebSocketHandshakeException handshake) {
                int status = handshake.getResponse().statusCode();
                report.record(
                        "websocket", status, status >= 500 ? "handshake answered " + status : null, uri.getRawPath());
            } else {
                report.record("websocket", 0, "handshake failed: " + refused.getCause(), uri.getRawPath());
            }
            return 1;
        } catch (TimeoutException noAnswer) {
            report.record("websocket", 0, "no handshake answer within 10 s", uri.getRawPath());
            return 1;
        }
        int exchanges = 0;
        for (int i = 0; i < burst; i++) {
            exchanges++;
            if (!exchange(socket, listener, uri)) {
                return exchanges;
            }
        }
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        return exchanges;
    }

    /** Sends one message and checks what comes back; false once the socket is closed. */
    private boolean exchange(WebSocket socket, Listener listener, URI uri) throws InterruptedException {
        String what;
        try {
            what = send(socket) + " to " + uri.getRawPath();
        } catch (ExecutionException | TimeoutException closed) {
            return closedAs(listener, "message to " + uri.getRawPath() + " (" + closed + ")");
        }
        String reply = listener.reply();
        if (reply == null) {
            return closedAs(listener, what);
        }
        Matcher status = STATUS.matcher(reply);
        int code = status.find() ? Integer.parseInt(status.group(1)) : 0;
        String problem =
                code == 0 ? "reply without a status: " + excerpt(reply) : code >= 500 ? "status " + code : null;
        report.record("websocket", code, problem, what);
        return true;
    }

    private boolean closedAs(Listener listener, String what) throws InterruptedException {
        Integer code =
                listener.closed.completeOnTimeout(-1, 5, TimeUnit.SECONDS).join();
        String problem = code == SERVER_ERROR
                ? "closed with 1011 (server error)"
                : code < 0 ? (code == -1 ? "no reply" : "the connection broke") : null;
        report.record("websocket", 0, problem, what + " (closed " + code + ")");
        return false;
    }

    /** Sends one message and says what it was. */
    private String send(WebSocket socket) throws ExecutionException, TimeoutException, InterruptedException {
        int roll = values.between(0, 99);
        if (roll < 3) {
            byte[] batch = events.batch();
            socket.sendBinary(ByteBuffer.wrap(batch), true).get(10, TimeUnit.SECONDS);
            return "binary message of " + batch.length + " bytes";
        }
        String text;
        if (roll < 4) {
            text = "[{}]" + " ".repeat(1_100_000); // over the 1 MiB message limit
        } else if (roll < 12) {
            text = values.text();
        } else {
            text = new String(events.batch(), StandardCharsets.UTF_8);
        }
        // the JDK client refuses to send a lone surrogate (no UTF-8 for it): send what UTF-8 makes of it
        text = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        socket.sendText(text, true).get(10, TimeUnit.SECONDS);
        return "text message " + excerpt(text.replaceAll("\\s+", " ")) + " (" + text.length() + " chars)";
    }

    private static String excerpt(String text) {
        return text.substring(0, Math.min(200, text.length()));
    }

    /** Collects whole text messages and the close code. */
    private static final class Listener implements WebSocket.Listener {

        final BlockingQueue<String> replies = new LinkedBlockingQueue<>();
        final CompletableFuture<Integer> closed = new CompletableFuture<>();
        private final StringBuilder partial = new StringBuilder();

        /** The next reply; null once the socket closed without one, or after 15 s. */
        @Nullable
        String reply() throws InterruptedException {
            for (int waited = 0; waited < 15_000; waited += 10) {
                String reply = replies.poll(10, TimeUnit.MILLISECONDS);
                if (reply != null || (closed.isDone() && replies.isEmpty())) {
                    return reply;
                }
            }
            return null;
        }

        @Override
        public @Nullable CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                replies.add(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public @Nullable CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(-2);
        }
    }
}
