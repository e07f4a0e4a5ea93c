package io.battlesim.tiktok.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An upload host that judges every chunk by its headers alone and answers before the body, as TikTok's may. A PUT
 * that asks first ({@code Expect: 100-continue}) gets the answer instead of the go-ahead and never sends its body.
 * One that sends its body unasked loses the answer: the host resets the connection, as a server's close does while
 * a client is still sending, and the reset overtakes the answer.
 */
final class EarlyAnsweringHost implements AutoCloseable {

    private final ServerSocket server;
    private final String answer;
    private final List<Boolean> askedFirst = new CopyOnWriteArrayList<>();

    private EarlyAnsweringHost(ServerSocket server, String answer) {
        this.server = server;
        this.answer = answer;
    }

    /** A host answering every chunk with {@code status} and {@code Content-Range: contentRange}. */
    static EarlyAnsweringHost answering(int status, String contentRange) {
        try {
            ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            String answer = "HTTP/1.1 " + status + " Refused\r\nContent-Range: " + contentRange
                    + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
            EarlyAnsweringHost host = new EarlyAnsweringHost(server, answer);
            Thread.ofVirtual().start(host::serve);
            return host;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI uploadUrl() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort() + "/video/?upload_id=7&upload_token=t0k3n");
    }

    /** Per PUT received, whether it asked before sending its body. */
    List<Boolean> askedFirst() {
        return List.copyOf(askedFirst);
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                boolean asked = head(socket.getInputStream()).contains("\r\nexpect: 100-continue\r\n");
                askedFirst.add(asked);
                if (asked) {
                    socket.getOutputStream().write(answer.getBytes(StandardCharsets.US_ASCII));
                } else {
                    socket.setSoLinger(true, 0);
                }
            } catch (IOException closedOrReset) {
                // the next connection, if any
            }
        }
    }

    private static String head(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.US_ASCII).toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
