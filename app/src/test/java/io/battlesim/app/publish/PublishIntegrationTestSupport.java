package io.battlesim.app.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.app.battle.BattleManagement;
import io.battlesim.app.battle.BattleRules;
import io.battlesim.app.battle.BattleSetup;
import io.battlesim.app.battle.BattleView;
import io.battlesim.app.battle.RoomBinding;
import io.battlesim.app.battle.SideSetup;
import io.battlesim.app.battle.SourceKind;
import io.battlesim.app.publish.job.JobState;
import io.battlesim.app.publish.job.PublishJob;
import io.battlesim.app.publish.job.PublishJobRepository;
import io.battlesim.engine.event.Gift;
import io.battlesim.engine.event.GiftReceived;
import io.battlesim.engine.event.Sender;
import io.battlesim.tiktok.emulator.TikTokEmulator;
import io.battlesim.tiktok.emulator.publish.PublishLimits;
import io.battlesim.tiktok.emulator.publish.PublishTimetable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;

/**
 * The whole app on a real port in emulator mode (in-memory H2, temporary data directory), shared by the publish
 * integration tests: sign-up through the emulator and finished battles owned by the signed-in creator.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
public abstract class PublishIntegrationTestSupport {

    protected static final int PORT = TestSocketUtils.findAvailableTcpPort();
    protected static final URI BASE = URI.create("http://localhost:" + PORT + "/");
    protected static final Path DATA_DIR = temporaryDataDir();

    @Autowired
    protected TikTokEmulator emulator;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected BattleManagement battles;

    @Autowired
    protected PublishJobRepository jobs;

    @DynamicPropertySource
    static void appOnAFreePort(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("app.public-url", () -> "http://localhost:" + PORT);
        registry.add("app.data-dir", DATA_DIR::toString);
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:h2:mem:publish-it-" + PORT
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        registry.add("app.tiktok.client-key", () -> "");
        registry.add("app.tiktok.client-secret", () -> "");
        registry.add("app.security.token-encryption-key", () -> "");
        registry.add("app.publish.poll-interval", () -> "200ms");
        registry.add("app.publish.chunk-size", () -> "5MB"); // 5 MiB: a 11 MiB video goes up in two chunks
    }

    @org.junit.jupiter.api.BeforeEach
    protected void fastAndRoomyEmulator() {
        emulator.publishing().timetable(PublishTimetable.IMMEDIATE);
        emulator.publishing().limits(new PublishLimits(15, 5, 100, Duration.ofHours(1)));
        emulator.faults(io.battlesim.tiktok.emulator.FaultSettings.NONE);
        emulator.webhookDuplicateRate(0);
    }

    /** Waits until the job is over and returns it. */
    protected PublishJob awaitFinished(String jobId) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> jobs.find(jobId).orElseThrow(), job -> job.state().terminal());
    }

    /** Waits until the job is over with a post id (public posts) and returns it. */
    protected PublishJob awaitPosted(String jobId) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> jobs.find(jobId).orElseThrow(),
                        job -> job.state() == JobState.FAILED || !job.postIds().isEmpty());
    }

    protected PublishBrowser newBrowser() {
        return new PublishBrowser(BASE);
    }

    /** Signs up as a sandbox creator (approve on the emulator, consent) and returns the app's user id. */
    protected long signUp(PublishBrowser browser, String username) {
        HttpResponse<String> start = browser.get("/auth/tiktok");
        URI authorize = PublishBrowser.location(start);
        HttpResponse<String> callback =
                browser.get(emulator.approve(authorize, username).toString());
        if (!PublishBrowser.location(callback).getPath().equals("/auth/consent")) {
            return userId(username); // signed up before: straight back home
        }
        HttpResponse<String> consent = browser.get("/auth/consent");
        Map<String, String> fields = new java.util.LinkedHashMap<>(
                Map.of("ageConfirmed", "true", "consentAccepted", "true", "decision", "accept"));
        fields.put("_csrf", csrf(consent));
        assertThat(browser.postForm("/auth/consent", fields).statusCode()).isEqualTo(302);
        return userId(username);
    }

    protected long userId(String username) {
        String openId = emulator.account(username).orElseThrow().openId();
        return jdbc.sql("SELECT id FROM app_user WHERE open_id = :openId")
                .param("openId", openId)
                .query(Long.class)
                .single();
    }

    /** A battle of the user's, with one gift for Ava, started and ended. */
    protected BattleView finishedBattle(long ownerUserId) {
        BattleView battle = battles.create(new BattleSetup(
                "Ava vs Leo 🇩🇪",
                List.of(
                        new SideSetup("Ava Sparks", List.of(RoomBinding.host("ava.sparks", "r-ava", "u-ava"))),
                        new SideSetup("Leo <Beats>", List.of(RoomBinding.host("leo.beats", "r-leo", "u-leo")))),
                new BattleRules(
                        Duration.ofMinutes(5), null, 0, EnumSet.noneOf(io.battlesim.engine.powerup.PowerUpKind.class)),
                SourceKind.INGEST,
                ownerUserId));
        battles.start(battle.id());
        Gift swan = new Gift(7168, "Swan", 2, 699);
        battles.submit(
                        battle.id(),
                        new GiftReceived(
                                "e1",
                                "r-ava",
                                new Sender("v1", "mia", "Mia 👨‍👩‍👧"),
                                null,
                                swan,
                                1,
                                false,
                                null,
                                System.currentTimeMillis()))
                .join();
        return battles.end(battle.id());
    }

    protected static String csrf(HttpResponse<String> page) {
        var matcher = java.util.regex.Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"")
                .matcher(page.body());
        String token = null;
        while (matcher.find()) {
            token = matcher.group(1);
        }
        assertThat(token).as("CSRF field on %s", page.uri()).isNotNull();
        return token;
    }

    private static Path temporaryDataDir() {
        try {
            Path dir = Files.createTempDirectory("battlesim-publish-it");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
