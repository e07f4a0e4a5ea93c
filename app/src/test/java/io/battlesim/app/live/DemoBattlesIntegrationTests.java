package io.battlesim.app.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.battlesim.app.battle.BattleManagement;
import io.battlesim.app.battle.BattleStatus;
import io.battlesim.app.battle.BattleView;
import io.battlesim.app.battle.RoomBinding;
import io.battlesim.app.battle.SideSetup;
import io.battlesim.app.battle.SourceKind;
import io.battlesim.tiktok.emulator.TikTokEmulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;

/** Emulator mode with the demo battle on (short rounds): it starts by itself, scores, and comes back after it ends. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class DemoBattlesIntegrationTests {

    private static final int PORT = TestSocketUtils.findAvailableTcpPort();
    private static final String DATA_DIR = temporaryDataDir();

    @Autowired
    DemoBattles demos;

    @Autowired
    BattleManagement battles;

    @Autowired
    LiveConnections connections;

    @Autowired
    TikTokEmulator emulator;

    @DynamicPropertySource
    static void demoOn(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("app.public-url", () -> "http://localhost:" + PORT);
        registry.add("app.data-dir", () -> DATA_DIR);
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:h2:mem:live-demo-" + PORT
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        registry.add("app.tiktok.client-key", () -> "");
        registry.add("app.tiktok.client-secret", () -> "");
        registry.add("app.security.token-encryption-key", () -> "");
        registry.add("app.live.demo-battle", () -> "true");
        registry.add("app.live.demo-duration", () -> "6s");
        registry.add("app.live.demo-restart-delay", () -> "1s");
    }

    @Test
    void startsAvaAgainstLeoFollowsBothRoomsAndStartsAgainAfterTheEnd() {
        await().atMost(Duration.ofSeconds(30)).until(() -> demos.current().isPresent());
        String first = demos.current().orElseThrow();
        BattleView demo = battles.find(first).orElseThrow();

        assertThat(demo.title()).isEqualTo("Demo: Ava Sparks vs Leo Beats");
        assertThat(demo.status()).isEqualTo(BattleStatus.LIVE);
        assertThat(demo.setup().source()).isEqualTo(SourceKind.LIVE_API);
        assertThat(demo.setup().ownerUserId()).isNull();
        assertThat(demo.setup().sides()).extracting(SideSetup::label).containsExactly("Ava Sparks", "Leo Beats");
        assertThat(demo.setup().sides())
                .flatExtracting(SideSetup::rooms)
                .extracting(RoomBinding::roomId)
                .containsExactly(
                        emulator.live().room("ava.sparks").orElseThrow().roomId(),
                        emulator.live().room("leo.beats").orElseThrow().roomId());
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(connections.status(first))
                        .extracting(ConnectionStatus::state)
                        .containsExactly(ConnectionState.CONNECTED, ConnectionState.CONNECTED));
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(
                                battles.find(first).orElseThrow().snapshot().sides())
                        .anySatisfy(side -> assertThat(side.provisionalScore()).isPositive()));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> demos.current().filter(id -> !id.equals(first)).isPresent());
        assertThat(battles.find(first).orElseThrow().status()).isEqualTo(BattleStatus.ENDED);
        assertThat(battles.find(demos.current().orElseThrow()).orElseThrow().status())
                .isEqualTo(BattleStatus.LIVE);
        assertThat(connections.status(first)).isEmpty();
    }

    private static String temporaryDataDir() {
        try {
            Path dir = Files.createTempDirectory("battlesim-live-demo");
            dir.toFile().deleteOnExit();
            return dir.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
