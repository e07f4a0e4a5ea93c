package io.battlesim.app.scoreboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.app.battle.Admission;
import io.battlesim.app.battle.BattleManagement;
import io.battlesim.app.battle.BattleRules;
import io.battlesim.app.battle.BattleSetup;
import io.battlesim.app.battle.BattleView;
import io.battlesim.app.battle.RoomBinding;
import io.battlesim.app.battle.SideSetup;
import io.battlesim.app.battle.SourceKind;
import io.battlesim.engine.event.Gift;
import io.battlesim.engine.event.GiftReceived;
import io.battlesim.engine.event.Sender;
import io.battlesim.engine.powerup.PowerUpKind;
import io.battlesim.tiktok.emulator.TikTokEmulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;

/**
 * The whole app on a real port in emulator mode (in-memory H2, temporary data directory, no demo battle), shared
 * by the scoreboard's full-stack tests; battles are ingest battles fed through {@link BattleManagement}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
public abstract class ScoreboardIntegrationTestSupport {

    protected static final int PORT = TestSocketUtils.findAvailableTcpPort();
    protected static final URI BASE = URI.create("http://localhost:" + PORT);
    private static final Path DATA_DIR = temporaryDataDir();

    @Autowired
    protected BattleManagement battles;

    @Autowired
    protected TikTokEmulator emulator;

    @Autowired
    private JdbcClient jdbc;

    private int events;

    @DynamicPropertySource
    static void appOnAFreePort(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("app.public-url", () -> "http://localhost:" + PORT);
        registry.add("app.data-dir", DATA_DIR::toString);
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:h2:mem:scoreboard-it-" + PORT
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        registry.add("app.tiktok.client-key", () -> "");
        registry.add("app.tiktok.client-secret", () -> "");
        registry.add("app.live.demo-battle", () -> "false");
    }

    /** A running ingest battle without an owner: Ava Sparks (room {@code ava.sparks}) against Leo Beats. */
    protected BattleView runningIngestBattle(Duration duration) {
        return runningIngestBattle(duration, null);
    }

    /** The app user id of a sandbox creator who signed in. */
    protected long userIdOf(String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = :username")
                .param("username", username)
                .query(Long.class)
                .single();
    }

    /**
     * A running ingest battle: Ava Sparks (room {@code ava.sparks}) against Leo Beats (room {@code leo.beats}),
     * owned by {@code owner} (an app user id) or by nobody.
     */
    protected BattleView runningIngestBattle(Duration duration, @Nullable Long owner) {
        BattleView created = battles.create(new BattleSetup(
                "Ava vs Leo",
                List.of(
                        new SideSetup(
                                "Ava Sparks", List.of(RoomBinding.host("ava.sparks", "ava.sparks", "ava.sparks"))),
                        new SideSetup("Leo Beats", List.of(RoomBinding.host("leo.beats", "leo.beats", "leo.beats")))),
                new BattleRules(duration, null, 0, EnumSet.allOf(PowerUpKind.class)),
                SourceKind.INGEST,
                owner));
        return battles.start(created.id());
    }

    /**
     * Sends a Corgi (299 coins, final at once) from {@code nickname} to a room and waits until it is logged, and
     * its gift alert is out.
     */
    protected void corgi(BattleView battle, String room, String nickname) {
        events++;
        var gift = new GiftReceived(
                "it-" + System.nanoTime() + "-" + events,
                room,
                new Sender("viewer-" + events, "viewer" + events, nickname),
                null,
                new Gift(6267, "Corgi", 2, 299),
                1,
                false,
                null,
                System.currentTimeMillis());
        assertThat(battles.submit(battle.id(), gift).join()).isEqualTo(Admission.ACCEPTED);
    }

    private static Path temporaryDataDir() {
        try {
            Path dir = Files.createTempDirectory("scoreboard-it-");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
