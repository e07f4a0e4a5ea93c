package io.battlesim.app.ratelimit.cluster;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A Redis that shakes hands and then never answers a command on a key: a server hung (or a network dropping
 * packets) as the client sees it, without stopping the real Redis other tests share.
 */
final class SilentRedis implements AutoCloseable {

    private final ServerSocket server;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    SilentRedis() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().name("silent-redis").start(this::accept);
    }

    String url() {
        return "redis://127.0.0.1:" + server.getLocalPort();
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : sockets) {
            socket.close();
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                sockets.add(socket);
                Thread.ofVirtual().name("silent-redis-connection").start(() -> serve(socket));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private static void serve(Socket socket) {
        try (InputStream in = new BufferedInputStream(socket.getInputStream());
                OutputStream out = socket.getOutputStream()) {
            while (true) {
                String reply = reply(command(in));
                if (reply != null) {
                    out.write(reply.getBytes(US_ASCII));
                    out.flush();
                }
            }
        } catch (IOException closed) {
            // the client or the test closed the connection
        }
    }

    /** The handshake succeeds (in RESP2, as with an old Redis); commands on keys hang. */
    private static String reply(String command) {
        return switch (command) {
            case "HELLO" -> "-ERR unknown command 'HELLO'\r\n";
            case "PING" -> "+PONG\r\n";
            case "GET", "SET", "EVAL", "EVALSHA", "DEL" -> null;
            default -> "+OK\r\n";
        };
    }

    /** Reads one command (an array of bulk strings) and answers its name. */
    private static String command(InputStream in) throws IOException {
        int parts = Integer.parseInt(line(in).substring(1));
        String name = "";
        for (int i = 0; i < parts; i++) {
            int length = Integer.parseInt(line(in).substring(1));
            byte[] part = in.readNBytes(length + 2);
            if (i == 0) {
                name = new String(part, 0, length, US_ASCII).toUpperCase(Locale.ROOT);
            }
        }
        return name;
    }

    private static String line(InputStream in) throws IOException {
        var line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException();
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(US_ASCII);
    }
}
