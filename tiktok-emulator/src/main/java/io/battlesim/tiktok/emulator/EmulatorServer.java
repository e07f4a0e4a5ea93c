package io.battlesim.tiktok.emulator;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a {@link TikTokEmulator} over HTTP on {@code 127.0.0.1} with the JDK's HTTP server, one virtual thread per
 * request, like Retrofit's {@code MockWebServer} for SDK contract tests. Close it when done.
 */
public final class EmulatorServer implements AutoCloseable {

    private final TikTokEmulator emulator;
    private final HttpServer server;
    private final ExecutorService executor;
    private final URI baseUrl;

    private EmulatorServer(TikTokEmulator emulator, HttpServer server, ExecutorService executor, URI baseUrl) {
        this.emulator = emulator;
        this.server = server;
        this.executor = executor;
        this.baseUrl = baseUrl;
    }

    /**
     * Starts serving and points the emulator's public base URL at this server.
     *
     * @param emulator the emulator, must not be null
     * @param port the port, or 0 for any free port
     * @return the running server, never null
     * @throws UncheckedIOException when the port cannot be bound
     */
    public static EmulatorServer start(TikTokEmulator emulator, int port) {
        Objects.requireNonNull(emulator, "emulator must not be null");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        }
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        try {
            InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
            HttpServer server = HttpServer.create(new InetSocketAddress(loopback, port), 0);
            server.setExecutor(executor);
            server.createContext("/", new JdkExchangeHandler(emulator));
            server.start();
            URI baseUrl = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
            emulator.setPublicBaseUrl(baseUrl.toString());
            return new EmulatorServer(emulator, server, executor, baseUrl);
        } catch (IOException e) {
            executor.close();
            throw new UncheckedIOException("cannot start the emulator on port " + port, e);
        }
    }

    /**
     * Where the server listens.
     *
     * @return e.g. {@code http://127.0.0.1:41234}, without trailing slash; never null
     */
    public URI baseUrl() {
        return baseUrl;
    }

    /**
     * Stops listening, interrupts requests still running (e.g. sleeping in fault mode) and closes the emulator
     * (its LIVE generator and subscriptions).
     */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        emulator.close();
    }
}
