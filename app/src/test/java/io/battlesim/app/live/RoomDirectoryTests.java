package io.battlesim.app.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.app.battle.RoomBinding;
import io.battlesim.app.live.api.DemoCredentials;
import io.battlesim.app.live.api.LiveApiClient;
import io.battlesim.app.live.api.LiveCredentials;
import io.battlesim.app.live.api.LiveEndpoint;
import io.battlesim.tiktok.client.TikTokClient;
import io.battlesim.tiktok.emulator.EmulatorServer;
import io.battlesim.tiktok.emulator.LiveRoom;
import io.battlesim.tiktok.emulator.PkceMode;
import io.battlesim.tiktok.emulator.RegisteredApp;
import io.battlesim.tiktok.emulator.TikTokEmulator;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The room lookup over HTTP against the emulator served on a real port, signed in through the OAuth code flow. */
class RoomDirectoryTests {

    private static final String REDIRECT_URI = "http://localhost:5000/auth/tiktok/callback";

    private static TikTokEmulator emulator;
    private static EmulatorServer server;
    private static LiveApiClient client;
    private static RoomDirectory directory;

    @BeforeAll
    static void startEmulator() {
        emulator = TikTokEmulator.builder().livePace(0).build();
        emulator.apps()
                .register(new RegisteredApp(
                        "sbawroomdirectory",
                        "secret-of-the-test",
                        "Room directory test",
                        List.of(REDIRECT_URI),
                        Set.of("user.info.basic"),
                        PkceMode.HEX,
                        true,
                        false));
        server = EmulatorServer.start(emulator, 0);
        TikTokClient sdk = TikTokClient.builder()
                .clientKey("sbawroomdirectory")
                .clientSecret("secret-of-the-test")
                .authorizeBaseUri(server.baseUrl())
                .apiBaseUri(server.baseUrl())
                .build();
        LiveEndpoint endpoint = LiveEndpoint.of(server.baseUrl().toString(), "");
        client = new LiveApiClient(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(),
                endpoint,
                Duration.ofSeconds(10),
                JsonMapper.builder().build());
        var demo = new DemoCredentials(sdk, emulator, REDIRECT_URI, "ava.sparks", Clock.systemUTC());
        directory = new RoomDirectory(client, new LiveCredentials(userId -> Optional.empty(), demo));
    }

    @AfterAll
    static void stopEmulator() {
        server.close();
        emulator.close();
    }

    @Test
    void findsALiveCreatorWithRoomHostAndGuests() {
        LiveRoom ava = emulator.live().room("ava.sparks").orElseThrow();

        RoomLookup lookup = directory.lookup("ava.sparks");

        assertThat(lookup).isInstanceOf(RoomLookup.Live.class);
        var live = (RoomLookup.Live) lookup;
        assertThat(live.room())
                .isEqualTo(new RoomBinding(
                        "ava.sparks",
                        ava.roomId(),
                        ava.hostUserId(),
                        ava.guests().stream().map(guest -> guest.userId()).toList()));
        assertThat(live.room().guestUserIds()).isNotEmpty();
        assertThat(live.displayName()).isEqualTo("Ava Sparks");
        assertThat(live.title()).isEqualTo(ava.title());
        assertThat(live.viewerCount()).isPositive();
    }

    @Test
    void acceptsTheHandleWithAnAtSignAndSpaces() {
        assertThat(directory.lookup("  @leo.beats ")).isInstanceOf(RoomLookup.Live.class);
    }

    @Test
    void reportsAnOfflineCreator() {
        assertThat(directory.lookup("omar.cooks")).isEqualTo(new RoomLookup.Offline("omar.cooks"));
    }

    @Test
    void reportsAnUnknownUsername() {
        assertThat(directory.lookup("nobody.here")).isEqualTo(new RoomLookup.NotFound("nobody.here"));
        assertThat(directory.lookup("   ")).isInstanceOf(RoomLookup.NotFound.class);
    }

    @Nested
    class WhenTheServiceCannotAnswer {

        @Test
        void reportsARefusedTokenWithoutShowingIt() {
            RoomLookup lookup = client.lookup("ava.sparks", "act.not-a-real-token");

            assertThat(lookup).isInstanceOf(RoomLookup.Unavailable.class);
            assertThat(((RoomLookup.Unavailable) lookup).reason())
                    .contains("access_token_invalid")
                    .doesNotContain("act.not-a-real-token");
        }

        @Test
        void reportsARefusedTokenOfAUser() {
            var withBadUserToken =
                    new RoomDirectory(client, new LiveCredentials(userId -> Optional.of("act.bad"), null));

            RoomLookup lookup = withBadUserToken.lookup("ava.sparks", 42L);

            assertThat(((RoomLookup.Unavailable) lookup).reason()).contains("refused the access token");
        }

        @Test
        void asksToSignInWhenThereIsNoToken() {
            var signedOut = new RoomDirectory(client, new LiveCredentials(userId -> Optional.empty(), null));

            assertThat(signedOut.lookup("ava.sparks")).isInstanceOf(RoomLookup.Unavailable.class);
        }

        @Test
        void reportsThatLiveAccessIsNotConfigured() {
            var notConfigured = new RoomDirectory(
                    new LiveApiClient(
                            HttpClient.newHttpClient(),
                            LiveEndpoint.of("", ""),
                            Duration.ofSeconds(1),
                            JsonMapper.builder().build()),
                    new LiveCredentials(userId -> Optional.of("act.any"), null));

            assertThat(notConfigured.lookup("ava.sparks"))
                    .isEqualTo(new RoomLookup.Unavailable("LIVE access not configured (set app.live.api-base-url)."));
        }

        @Test
        void reportsAnUnreachableService() {
            var unreachable = new LiveApiClient(
                    HttpClient.newBuilder()
                            .connectTimeout(Duration.ofSeconds(2))
                            .build(),
                    LiveEndpoint.of("http://127.0.0.1:9", ""),
                    Duration.ofSeconds(2),
                    JsonMapper.builder().build());

            assertThat(unreachable.lookup("ava.sparks", "act.any")).isInstanceOf(RoomLookup.Unavailable.class);
        }
    }
}
