package io.battlesim.app.battle;

import io.battlesim.app.BattleSimulatorApplication;
import io.battlesim.app.auth.TestDatabases;
import io.battlesim.app.auth.TestDatabases.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.util.TestSocketUtils;

/**
 * App nodes of one cluster inside the test's JVM: each a whole application on its own port, all on one fresh
 * PostgreSQL schema and the local Redis, with short leases so take-overs happen within a couple of seconds.
 */
final class ClusterNodes implements AutoCloseable {

    static final String REDIS = "redis://127.0.0.1:6379";

    private final Database database;
    private final String url;
    private final String user;
    private final List<Node> nodes = new ArrayList<>();

    /** One node: its name, port and application context. */
    record Node(String name, int port, ConfigurableApplicationContext context) {

        <T> T bean(Class<T> type) {
            return context.getBean(type);
        }

        String base() {
            return "http://127.0.0.1:" + port;
        }
    }

    private ClusterNodes(Database database) {
        this.database = database;
        var dataSource = (DriverManagerDataSource) database.dataSource();
        this.url = dataSource.getUrl();
        this.user = dataSource.getUsername();
    }

    /** A new cluster's database, or empty when PostgreSQL does not answer here. */
    static Optional<ClusterNodes> onPostgres() {
        return TestDatabases.postgres().map(ClusterNodes::new);
    }

    /** Starts another node named {@code name}. */
    Node start(String name) {
        int port = TestSocketUtils.findAvailableTcpPort();
        Path dataDir = temporaryDirectory(name);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(BattleSimulatorApplication.class)
                .run(
                        "--server.port=" + port,
                        "--app.public-url=http://127.0.0.1:" + port,
                        "--app.data-dir=" + dataDir,
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + user,
                        "--spring.datasource.password=",
                        "--app.cluster.redis-url=" + REDIS,
                        "--app.cluster.node-id=" + name + "-" + port,
                        "--app.cluster.secret=cluster-test-secret-0123456789",
                        "--app.cluster.lease-ttl=1500ms",
                        "--app.cluster.renew-every=250ms",
                        "--app.battle.ingest-key-secret=KCkqKywtLi8wMTIzNDU2Nzg5Ojs8PT4/QEFCQ0RFRkc=",
                        "--app.security.token-encryption-key=AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=",
                        "--app.tiktok.client-key=",
                        "--app.tiktok.client-secret=",
                        "--app.live.demo-battle=false",
                        "--app.insights.enabled=false",
                        "--app.rate-limit.anonymous-battle-creation.capacity=10",
                        "--app.rate-limit.anonymous-battle-creation.refill=10");
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
        database.close();
    }

    private static Path temporaryDirectory(String name) {
        try {
            Path dir = Files.createTempDirectory("cluster-" + name);
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
