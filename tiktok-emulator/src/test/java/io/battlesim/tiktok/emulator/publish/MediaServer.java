package io.battlesim.tiktok.emulator.publish;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/** A local media host for PULL_FROM_URL: a video, JPEG and PNG photos, a redirect and a 404. */
final class MediaServer implements AutoCloseable {

    static final int VIDEO_BYTES = 300_000;

    private final HttpServer server;

    MediaServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        serve("/media/clip.mp4", "video/mp4", VIDEO_BYTES);
        serve("/media/card.jpg", "image/jpeg", 2_000);
        serve("/media/card.webp", "image/webp", 1_000);
        serve("/media/card.png", "image/png", 1_000);
        server.createContext("/media/moved.mp4", exchange -> {
            exchange.getResponseHeaders().set("Location", "/media/clip.mp4");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.start();
    }

    private void serve(String path, String type, int size) {
        server.createContext(path, exchange -> {
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, size);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(new byte[size]);
            }
        });
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    String prefix() {
        return url("/media/");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
