package io.battlesim.app.auth.web;

import io.battlesim.app.BattleSimulatorApplication;
import io.battlesim.app.auth.TestDatabases;
import io.battlesim.app.auth.TestDatabases.Database;
import io.battlesim.tiktok.emulator.EmulatorServer;
import io.battlesim.tiktok.emulator.PkceMode;
import io.battlesim.tiktok.emulator.RegisteredApp;
import io.battlesim.tiktok.emulator.TikTokEmulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.util.TestSocketUtils;

/**
 * App nodes of one cluster inside the test's JVM (as {@code battle.ClusterNodes} starts them: one fresh PostgreSQL
 * schema, the local Redis), signing in with one TikTok emulator that all of them share, served on its own port, as
 * real TikTok would be. Every node answers to the same public URL (a load balancer's, here the first node's), so a
 * sign-in may start on one node and come back on another.
 */
final class SignInClusterNodes implements AutoCloseable {

    static final String REDIS = "redis://127.0.0.1:6379";
    static final String CLIENT_KEY = "sbawclustersessions";
    private static final String CLIENT_SECRET = "cluster-sessions-client-secret";
    private static final Set<String> SCOPES =
            Set.of("user.info.basic", "user.info.profile", "user.info.stats", "video.list", "video.publish");

    private final Database database;
    private final TikTokEmulator emulator = TikTokEmulator.builder().build();
    private final EmulatorServer tiktok = EmulatorServer.start(emulator, 0);
    private final int firstPort = TestSocketUtils.findAvailableTcpPort();
    private final List<Node> nodes = new ArrayList<>();

    /** One node: its name, port and application context. */
    record Node(String name, int port, ConfigurableApplicationContext context) {

        <T> T bean(Class<T> type) {
            return context.getBean(type);
        }

        /** {@code uri} (a path, or a URL of any node) on this node. */
        String url(String uri) {
            URI parsed = URI.create(uri);
            String path = parsed.getRawPath() + (parsed.getRawQuery() == null ? "" : "?" + parsed.getRawQuery());
            return "http://127.0.0.1:" + port + path;
        }
    }

    private SignInClusterNodes(Database database) {
        this.database = database;
        emulator.apps()
                .register(new RegisteredApp(
                        CLIENT_KEY,
                        CLIENT_SECRET,
                        "Cluster sessions test",
                        List.of(publicUrl() + "/auth/tiktok/callback"),
                        SCOPES,
                        PkceMode.HEX,
                        true,
                        false));
    }

    /** A new cluster's database, or empty when PostgreSQL does not answer here. */
    static Optional<SignInClusterNodes> onPostgres() {
        return TestDatabases.postgres().map(SignInClusterNodes::new);
    }

    /** The URL every node is reached at (the first node's). */
    String publicUrl() {
        return "http://127.0.0.1:" + firstPort;
    }

    TikTokEmulator emulator() {
        return emulator;
    }

    URI emulatorUrl() {
        return tiktok.baseUrl();
    }

    JdbcClient jdbc() {
        return database.jdbc();
    }

    /** Starts another node named {@code name}, with extra {@code arguments}. */
    Node start(String name, String... arguments) {
        int port = nodes.isEmpty() ? firstPort : TestSocketUtils.findAvailableTcpPort();
        var dataSource = (DriverManagerDataSource) database.dataSource();
        List<String> args = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--app.public-url=" + publicUrl(),
                "--app.data-dir=" + temporaryDirectory(name),
                "--spring.datasource.url=" + dataSource.getUrl(),
                "--spring.datasource.username=" + dataSource.getUsername(),
                "--spring.datasource.password=",
                "--app.cluster.redis-url=" + REDIS,
                "--app.cluster.node-id=" + name + "-" + port,
                "--app.cluster.secret=cluster-test-secret-0123456789",
                "--app.battle.ingest-key-secret=KCkqKywtLi8wMTIzNDU2Nzg5Ojs8PT4/QEFCQ0RFRkc=",
                "--app.security.token-encryption-key=AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=",
                "--app.tiktok.client-key=" + CLIENT_KEY,
                "--app.tiktok.client-secret=" + CLIENT_SECRET,
                "--app.tiktok.authorize-base-url=" + tiktok.baseUrl(),
                "--app.tiktok.api-base-url=" + tiktok.baseUrl(),
                "--app.live.demo-battle=false",
                "--app.insights.enabled=false"));
        args.addAll(List.of(arguments));
        ConfigurableApplicationContext context =
                new SpringApplicationBuilder(BattleSimulatorApplication.class).run(args.toArray(String[]::new));
        Node node = new Node(name, port, context);
        nodes.add(node);
        return node;
    }

    @Override
    public void close() {
        for (Node node : nodes) {
            try {
                node.context().close();
            } catch (RuntimeException e) {
                System.err.println("closing " + node.name() + ": " + e);
            }
        }
        tiktok.close();
        database.close();
    }

    private static Path temporaryDirectory(String name) {
        try {
            Path dir = Files.createTempDirectory("cluster-sessions-" + name);
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
