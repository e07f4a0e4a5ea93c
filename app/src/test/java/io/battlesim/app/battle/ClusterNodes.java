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
    private final String redis;
    private final List<Node> nodes = new ArrayList<>();
    private final List<ProcessNode> processes = new ArrayList<>();

    /** One node: its name, port and application context. */
    record Node(String name, int port, ConfigurableApplicationContext context) {

        <T> T bean(Class<T> type) {
            return context.getBean(type);
        }

        String base() {
            return "http://127.0.0.1:" + port;
        }
    }

    private ClusterNodes(Database database, String redis) {
        this.database = database;
        this.redis = redis;
        var dataSource = (DriverManagerDataSource) database.dataSource();
        this.url = dataSource.getUrl();
        this.user = dataSource.getUsername();
    }

    /** A new cluster's database, or empty when PostgreSQL does not answer here. */
    static Optional<ClusterNodes> onPostgres() {
        return onPostgres(REDIS);
    }

    /** A new cluster's database with the nodes on another Redis, or empty when PostgreSQL does not answer here. */
    static Optional<ClusterNodes> onPostgres(String redisUrl) {
        return TestDatabases.postgres().map(database -> new ClusterNodes(database, redisUrl));
    }

    /** Starts another node named {@code name} in this JVM. */
    Node start(String name) {
        int port = TestSocketUtils.findAvailableTcpPort();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(BattleSimulatorApplication.class)
                .run(arguments(name, port).toArray(String[]::new));
        Node node = new Node(name, port, context);
        nodes.add(node);
        return node;
    }

    /**
     * Starts another node named {@code name} as a child JVM (so a test can kill it with SIGKILL), and waits until it
     * is ready; its output goes to a log file in its data directory.
     */
    ProcessNode startProcess(String name) throws Exception {
        int port = TestSocketUtils.findAvailableTcpPort();
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                BattleSimulatorApplication.class.getName()));
        command.addAll(arguments(name, port));
        command.add("--spring.main.banner-mode=off");
        Path log = Files.createTempFile("cluster-" + name, ".log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        var node = new ProcessNode(name, port, process, log);
        processes.add(node);
        node.awaitReady();
        return node;
    }

    /** A node running as a child process. */
    record ProcessNode(String name, int port, Process process, Path log) {

        String base() {
            return "http://127.0.0.1:" + port;
        }

        String id() {
            return name + "-" + port;
        }

        /** SIGKILL: no shutdown hook, no lease given up, nothing flushed. */
        void kill() throws InterruptedException {
            process.destroyForcibly().waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        }

        void awaitReady() throws Exception {
            var http = java.net.http.HttpClient.newHttpClient();
            long deadline =
                    System.nanoTime() + java.time.Duration.ofSeconds(120).toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new AssertionError("node " + name + " exited:\n" + tail());
                }
                try {
                    var response = http.send(
                            java.net.http.HttpRequest.newBuilder(
                                            java.net.URI.create(base() + "/actuator/health/readiness"))
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(300);
            }
            throw new AssertionError("node " + name + " was not ready in time:\n" + tail());
        }

        String tail() throws IOException {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        }
    }

    private List<String> arguments(String name, int port) {
        return List.of(
                "--server.port=" + port,
                "--app.public-url=http://127.0.0.1:" + port,
                "--app.data-dir=" + temporaryDirectory(name),
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=",
                "--app.cluster.redis-url=" + redis,
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
    }

    @Override
    public void close() {
        for (ProcessNode node : processes) {
            node.process().destroyForcibly();
        }
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
