package io.battlesim.app.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.tiktok.emulator.TikTokEmulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;

/**
 * Bad input never gets a 500: a seeded fuzz run of 10,000 requests on loopback against the whole app in emulator
 * mode. It aims at every operation of the OpenAPI document, the ingest API (HTTP and WebSocket), TikTok's webhooks
 * (signed and not), every page form (signed in and out, with valid CSRF tokens) and requests no client sends, and
 * checks every answer with {@link AnswerChecks}. The seed and the number of requests can be set with
 * {@code -Dfuzz.seed=…} and {@code -Dfuzz.requests=…}; a failure names the seed that replays it. The HTTP requests
 * are made from the seed before any is sent, so a seed always sends the same ones; the WebSocket messages follow
 * them, the same as long as the server closes the sockets at the same points.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class FuzzIntegrationTests {

    private static final Logger log = LoggerFactory.getLogger(FuzzIntegrationTests.class);
    private static final long DEFAULT_SEED = 20_261_204L;
    private static final int DEFAULT_REQUESTS = 10_000;
    private static final int THREADS = 6;
    private static final int PORT = TestSocketUtils.findAvailableTcpPort();
    private static final URI BASE = URI.create("http://localhost:" + PORT + "/");

    @Autowired
    TikTokEmulator emulator;

    @DynamicPropertySource
    static void appOnAFreePort(DynamicPropertyRegistry registry) {
        Path dataDir = temporaryDataDir();
        registry.add("server.port", () -> PORT);
        registry.add("app.public-url", () -> "http://localhost:" + PORT);
        registry.add("app.data-dir", dataDir::toString);
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:h2:mem:fuzz-" + PORT
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        registry.add("app.tiktok.client-key", () -> "");
        registry.add("app.tiktok.client-secret", () -> "");
        registry.add("app.security.token-encryption-key", () -> "");
        // 10,000 requests from one address in half a minute are far past the per-address limits, which would answer
        // most of them 429 before any controller ran; RateLimitIntegrationTests checks the limits themselves.
        registry.add("app.rate-limit.enabled", () -> "false");
    }

    @Test
    void answersNoRequestWithAServerErrorOrAnUnreadableError() throws InterruptedException { // GH-10
        long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
        int total = Integer.getInteger("fuzz.requests", DEFAULT_REQUESTS);
        FuzzWorld world = new FuzzSetup(BASE, emulator).build();
        Values values = new Values(seed);
        Parts parts = new Parts(values, world);
        ApiRequests api = new ApiRequests(values, world, parts);
        FuzzReport report = new FuzzReport(seed);
        long start = System.nanoTime();

        new FuzzRunner(world, new RawHttp(PORT), report).run(requests(total, values, world, parts, api), THREADS);
        new WebSocketFuzz(values, world, api.events(), BASE, report).run(share(total, 10));

        log.info(report.figures((System.nanoTime() - start) / 1_000_000));
        assertThat(report.failures()).as(report::failureReport).isEmpty();
        assertThat(report.requests()).isEqualTo(total);
    }

    /** Every HTTP request of the run, made in order from the seed: the same seed gives the same requests. */
    private static List<FuzzRequest> requests(int total, Values values, FuzzWorld world, Parts parts, ApiRequests api) {
        FormRequests forms = new FormRequests(values, world, parts);
        WebhookRequests webhooks = new WebhookRequests(values, world, parts, api.json());
        MalformedRequests malformed = new MalformedRequests(values, world, parts);
        List<FuzzRequest> requests = new ArrayList<>();
        add(requests, share(total, 30), api::operation);
        add(requests, share(total, 15), api::ingest);
        add(requests, share(total, 10), webhooks::next);
        add(requests, share(total, 25), forms::next);
        add(requests, total - requests.size() - share(total, 10), malformed::next);
        Collections.shuffle(requests, new Random(values.nextLong()));
        return requests;
    }

    private static void add(List<FuzzRequest> requests, int count, Supplier<FuzzRequest> generator) {
        for (int i = 0; i < count; i++) {
            requests.add(generator.get());
        }
    }

    private static int share(int total, int percent) {
        return total * percent / 100;
    }

    private static Path temporaryDataDir() {
        try {
            Path dir = Files.createTempDirectory("battlesim-fuzz");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
