package io.battlesim.app.live;

import static org.awaitility.Awaitility.await;

import io.battlesim.app.battle.BattleManagement;
import io.battlesim.app.battle.BattleRules;
import io.battlesim.app.battle.BattleSetup;
import io.battlesim.app.battle.BattleView;
import io.battlesim.app.battle.RoomBinding;
import io.battlesim.app.battle.SideSetup;
import io.battlesim.app.battle.SourceKind;
import io.battlesim.engine.BattleSnapshot;
import io.battlesim.tiktok.emulator.LiveRoom;
import io.battlesim.tiktok.emulator.TikTokEmulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;

/**
 * The whole app on a real port in emulator mode (in-memory H2, temporary data directory, no demo battle); every
 * full-stack test of the live sources shares this one context. The emulator's generated LIVE traffic is paused, so
 * the only gifts are the ones a test sends.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
public abstract class LiveIntegrationTestSupport {

    protected static final int PORT = TestSocketUtils.findAvailableTcpPort();
    protected static final URI BASE = URI.create("http://localhost:" + PORT);
    private static final Path DATA_DIR = temporaryDataDir();

    @Autowired
    protected TikTokEmulator emulator;

    @Autowired
    protected BattleManagement battles;

    @DynamicPropertySource
    static void appOnAFreePort(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("app.public-url", () -> "http://localhost:" + PORT);
        registry.add("app.data-dir", DATA_DIR::toString);
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:h2:mem:live-it-" + PORT
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        registry.add("app.tiktok.client-key", () -> "");
        registry.add("app.tiktok.client-secret", () -> "");
        registry.add("app.security.token-encryption-key", () -> "");
        registry.add("app.live.demo-battle", () -> "false");
    }

    @BeforeEach
    void quietRooms() {
        emulator.live().stopGenerator();
        emulator.live().rooms().stream()
                .filter(room -> !room.live())
                .filter(room -> List.of("ava.sparks", "leo.beats", "mia.moves", "luna.sings")
                        .contains(room.username()))
                .forEach(room -> emulator.live().goLive(room.username()));
    }

    /** The emulator's room of a sandbox creator. */
    protected LiveRoom room(String username) {
        return emulator.live().room(username).orElseThrow();
    }

    /** A binding of a sandbox creator's room, with its guests playing for the same side. */
    protected RoomBinding binding(String username) {
        LiveRoom room = room(username);
        return new RoomBinding(
                room.username(),
                room.roomId(),
                room.hostUserId(),
                room.guests().stream().map(guest -> guest.userId()).toList());
    }

    /** Creates and starts a two-sided battle of the given source. */
    protected BattleView startBattle(SourceKind source, String left, String right) {
        BattleSetup setup = new BattleSetup(
                "Test: " + left + " vs " + right,
                List.of(new SideSetup(left, List.of(binding(left))), new SideSetup(right, List.of(binding(right)))),
                BattleRules.defaults().withDuration(Duration.ofMinutes(10)),
                source,
                null);
        BattleView created = battles.create(setup);
        return battles.start(created.id());
    }

    /** The battle's current snapshot. */
    protected BattleSnapshot snapshot(String battleId) {
        return battles.find(battleId).orElseThrow().snapshot();
    }

    /** The displayed score of side {@code index}. */
    protected long score(String battleId, int index) {
        return snapshot(battleId).sides().get(index).score();
    }

    /** Waits until side {@code index} shows {@code expected} points. */
    protected void awaitScore(String battleId, int index, long expected) {
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(50))
                .untilAsserted(() -> org.assertj.core.api.Assertions.assertThat(score(battleId, index))
                        .as("score of side %d", index)
                        .isEqualTo(expected));
    }

    private static Path temporaryDataDir() {
        try {
            Path dir = Files.createTempDirectory("battlesim-live-it");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
