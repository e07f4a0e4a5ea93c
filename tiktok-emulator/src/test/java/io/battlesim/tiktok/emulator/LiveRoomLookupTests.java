package io.battlesim.tiktok.emulator;

import static io.battlesim.tiktok.emulator.EmulatorHarness.ALL_SCOPES;
import static io.battlesim.tiktok.emulator.EmulatorHarness.START;
import static io.battlesim.tiktok.emulator.EmulatorHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LiveRoomLookupTests {

    private final EmulatorHarness harness = EmulatorHarness.start(builder -> builder.rateLimit("/live/v1/room/", 5));
    private final String token = harness.login(ALL_SCOPES).get("access_token").asString();

    @AfterEach
    void stop() {
        harness.close();
    }

    private HttpResponse<String> lookup(String username, String... headers) {
        return harness.get("/live/v1/room/?username=" + username, headers);
    }

    private HttpResponse<String> lookup(String username) {
        return lookup(username, "Authorization", "Bearer " + token);
    }

    @Nested
    class LiveRooms {

        @Test
        void describeTheBroadcast() {
            HttpResponse<String> response = lookup("ava.sparks");

            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode body = json(response);
            assertThat(body.at("/error/code").asString()).isEqualTo("ok");
            assertThat(body.at("/error/log_id").asString()).isNotBlank();
            JsonNode room = body.at("/data/room");
            assertThat(room.get("room_id").asString()).matches("73[0-9]{17}");
            assertThat(room.get("username").asString()).isEqualTo("ava.sparks");
            assertThat(room.get("display_name").asString()).isEqualTo("Ava Sparks");
            assertThat(room.get("avatar_url").asString())
                    .isEqualTo(harness.server.baseUrl() + "/avatars/ava.sparks.svg?size=168");
            assertThat(room.get("status").asString()).isEqualTo("LIVE");
            assertThat(room.get("title").asString()).isEqualTo("Friday battle practice ✨");
            assertThat(room.get("viewer_count").longValue()).isPositive();
            assertThat(room.get("started_at").longValue()).isLessThan(START.getEpochSecond());
            assertThat(room.get("host_user_id").asString()).matches("[0-9]{19}");
        }

        @Test
        void matchTheDemoBattlesPairEvenly() {
            // the harness pauses every room; the shipped emulator paces them
            try (TikTokEmulator shipped = TikTokEmulator.builder().build()) {
                double ava = shipped.live().room("ava.sparks").orElseThrow().eventsPerSecond();
                double leo = shipped.live().room("leo.beats").orElseThrow().eventsPerSecond();

                assertThat(ava).isPositive().isEqualTo(leo);
            }
        }

        @Test
        void listTheirGuests() {
            JsonNode guests = json(lookup("ava.sparks")).at("/data/room/guests");
            String kaiId =
                    json(lookup("kai.games")).at("/data/room/host_user_id").asString();

            assertThat(guests).hasSize(1);
            assertThat(guests.get(0).get("user_id").asString()).isEqualTo(kaiId);
            assertThat(guests.get(0).get("username").asString()).isEqualTo("kai.games");
            assertThat(guests.get(0).get("display_name").asString()).isEqualTo("Kai <Games> & \"Co\"");
        }

        @Test
        void haveADriftingViewerCount() {
            long[] counts = IntStream.range(0, 4)
                    .mapToLong(i -> {
                        harness.clock.advance(Duration.ofSeconds(17));
                        return json(lookup("mia.moves"))
                                .at("/data/room/viewer_count")
                                .longValue();
                    })
                    .toArray();

            assertThat(counts).doesNotHaveDuplicates();
        }

        @Test
        void acceptAnAtPrefixAndAnyCase() {
            assertThat(json(lookup("@Ava.Sparks")).at("/data/room/username").asString())
                    .isEqualTo("ava.sparks");
        }
    }

    @Test
    void describesAnOfflineRoomWithoutStartTime() {
        JsonNode room = json(lookup("omar.cooks")).at("/data/room");

        assertThat(room.get("status").asString()).isEqualTo("OFFLINE");
        assertThat(room.get("started_at").isNull()).isTrue();
        assertThat(room.get("viewer_count").longValue()).isZero();
        assertThat(room.get("guests")).isEmpty();
        assertThat(room.get("room_id").asString()).matches("[0-9]{19}");
        assertThat(json(lookup("zoe.paints")).at("/data/room/status").asString())
                .isEqualTo("OFFLINE");
    }

    @Test
    void startsSixOfTheEightContractCreatorsLive() {
        long live = java.util.stream.Stream.of(
                        "ava.sparks",
                        "leo.beats",
                        "mia.moves",
                        "noah.laughs",
                        "zoe.paints",
                        "kai.games",
                        "luna.sings",
                        "omar.cooks")
                .filter(username ->
                        harness.emulator.live().room(username).orElseThrow().live())
                .count();

        assertThat(live).isEqualTo(6);
    }

    @Nested
    class Errors {

        @Test
        void answer404UserNotFoundForAnUnknownUsername() {
            HttpResponse<String> response = lookup("nobody.here");

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(json(response).at("/error/code").asString()).isEqualTo("user_not_found");
            assertThat(json(response).get("data").isEmpty()).isTrue();
        }

        @Test
        void answer400WithoutAUsername() {
            HttpResponse<String> response = harness.get("/live/v1/room/", "Authorization", "Bearer " + token);

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(json(response).at("/error/code").asString()).isEqualTo("invalid_params");
        }

        @Test
        void answer401WithoutAToken() {
            HttpResponse<String> response = harness.get("/live/v1/room/?username=ava.sparks");

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(json(response).at("/error/code").asString()).isEqualTo("access_token_invalid");
        }

        @Test
        void answer401ForAnUnknownToken() {
            assertThat(lookup("ava.sparks", "Authorization", "Bearer act.not-a-token")
                            .statusCode())
                    .isEqualTo(401);
        }

        @Test
        void answer401ForAClientToken() {
            Map<String, String> form = EmulatorHarness.clientForm(EmulatorHarness.WEB);
            form.put("grant_type", "client_credentials");
            String clientToken = json(harness.postForm("/v2/oauth/token/", form))
                    .get("access_token")
                    .asString();

            assertThat(lookup("ava.sparks", "Authorization", "Bearer " + clientToken)
                            .statusCode())
                    .isEqualTo(401);
            assertThat(harness.emulator.live().authenticate(clientToken)).isFalse();
        }

        @Test
        void answer401ForAnExpiredToken() {
            harness.clock.advance(Duration.ofDays(2));

            assertThat(lookup("ava.sparks").statusCode()).isEqualTo(401);
            assertThat(harness.emulator.live().authenticate(token)).isFalse();
        }

        @Test
        void answer401ForARevokedToken() {
            Map<String, String> form = EmulatorHarness.clientForm(EmulatorHarness.WEB);
            form.put("token", token);
            harness.postForm("/v2/oauth/revoke/", form);

            assertThat(lookup("ava.sparks").statusCode()).isEqualTo(401);
        }

        @Test
        void answer429AfterTheRateLimit() {
            IntStream.range(0, 5)
                    .forEach(i -> assertThat(lookup("ava.sparks").statusCode()).isEqualTo(200));

            HttpResponse<String> sixth = lookup("ava.sparks");

            assertThat(sixth.statusCode()).isEqualTo(429);
            assertThat(json(sixth).at("/error/code").asString()).isEqualTo("rate_limit_exceeded");
        }

        @Test
        void followFaultMode() {
            harness.emulator.faults(new FaultSettings(Duration.ZERO, 1, 0, 0));

            HttpResponse<String> response = lookup("ava.sparks");

            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(json(response).at("/error/code").asString()).isEqualTo("internal_error");
        }
    }

    @Test
    void authenticatesAUsableUserAccessToken() {
        assertThat(harness.emulator.live().authenticate(token)).isTrue();
        assertThat(harness.emulator.live().authenticate("act.nope")).isFalse();
    }

    @Test
    void keepsRoomIdsStableForASeed() {
        try (TikTokEmulator again = TikTokEmulator.builder().livePace(0).build();
                TikTokEmulator other =
                        TikTokEmulator.builder().seed(43).livePace(0).build()) {
            String roomId = json(lookup("ava.sparks")).at("/data/room/room_id").asString();

            assertThat(again.live().room("ava.sparks").orElseThrow().roomId()).isEqualTo(roomId);
            assertThat(other.live().room("ava.sparks").orElseThrow().roomId()).isNotEqualTo(roomId);
        }
    }
}
