package io.battlesim.tiktok.emulator;

import static io.battlesim.tiktok.emulator.EmulatorHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LiveControlApiTests {

    private static final String ROOMS = "/live/v1/control/rooms/";

    private final EmulatorHarness harness = EmulatorHarness.start();

    @AfterEach
    void stop() {
        harness.close();
    }

    private HttpResponse<String> post(String path, String json) {
        return harness.post(ROOMS + path, "application/json", json);
    }

    @Nested
    class Gifts {

        @Test
        void sendAStreakAndAnswerItsFrames() {
            HttpResponse<String> response =
                    post("ava.sparks/gifts", "{\"sender\":\"Mara\",\"gift\":\"Rose\",\"count\":2}");

            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode data = json(response).get("data");
            assertThat(data.get("frames"))
                    .extracting(frame -> frame.get("repeat_count").intValue() + ":" + frame.get("repeat_end"))
                    .containsExactly("1:false", "2:false", "2:true");
            assertThat(data.at("/room/last_seq").longValue())
                    .isEqualTo(data.get("frames").get(2).get("seq").longValue());
        }

        @Test
        void acceptAGiftIdAndTheGuestAsReceiver() {
            JsonNode data = json(post(
                            "ava.sparks/gifts", "{\"sender\":\"Mara\",\"gift\":6267,\"count\":1,\"toGuest\":true}"))
                    .get("data");

            JsonNode frame = data.get("frames").get(0);
            assertThat(frame.at("/gift/name").asString()).isEqualTo("Corgi");
            assertThat(frame.get("receiver_user_id").asString())
                    .isEqualTo(data.at("/room/guests/0/user_id").asString());
        }

        @Test
        void canLoseTheEndEvent() {
            JsonNode frames = json(post(
                            "ava.sparks/gifts",
                            "{\"sender\":\"Mara\",\"gift\":\"Rose\",\"count\":2,\"endEvent\":false}"))
                    .at("/data/frames");

            assertThat(frames).hasSize(2);
        }

        @Test
        void reachSubscribers() {
            RecordingListener listener = new RecordingListener();
            LiveRoom ava = harness.emulator.live().room("ava.sparks").orElseThrow();
            harness.emulator.live().subscribe(ava.roomId(), LiveRooms.LIVE_ONLY, listener);

            post("ava.sparks/gifts", "{\"sender\":\"Mara\",\"gift\":\"Lion\"}");

            assertThat(listener.next().at("/gift/name").asString()).isEqualTo("Lion");
        }
    }

    @Test
    void sendsLikesAndChats() {
        JsonNode likes = json(post("leo.beats/likes", "{\"sender\":\"Mara\",\"count\":20}"))
                .at("/data/frames");
        JsonNode chat = json(post("leo.beats/chat", "{\"sender\":\"Mara\",\"comment\":\"GG\"}"))
                .at("/data/frames");

        assertThat(likes)
                .extracting(frame -> frame.get("like_count").intValue())
                .containsExactly(15, 5);
        assertThat(chat.get(0).get("comment").asString()).isEqualTo("GG");
    }

    @Test
    void switchesARoomOfflineAndLiveAgain() {
        HttpResponse<String> offline = post("ava.sparks/status", "{\"live\":false}");
        harness.clock.advance(Duration.ofMinutes(1));
        HttpResponse<String> live = post("ava.sparks/status", "{\"live\":true}");

        assertThat(json(offline).at("/data/room/status").asString()).isEqualTo("OFFLINE");
        assertThat(json(live).at("/data/room/status").asString()).isEqualTo("LIVE");
        assertThat(json(live).at("/data/room/started_at").longValue())
                .isEqualTo(harness.clock.instant().getEpochSecond());
    }

    @Test
    void changesThePace() {
        HttpResponse<String> response = post("omar.cooks/pace", "{\"eventsPerSecond\":0.5}");

        assertThat(json(response).at("/data/room/events_per_second").doubleValue())
                .isEqualTo(0.5);
        assertThat(harness.emulator.live().room("omar.cooks").orElseThrow().eventsPerSecond())
                .isEqualTo(0.5);
    }

    @Test
    void listsTheRooms() {
        JsonNode data = json(harness.get(ROOMS)).get("data");

        assertThat(data.get("rooms")).hasSize(harness.emulator.accounts().size());
        assertThat(data.at("/rooms/0/username").asString()).isEqualTo("ava.sparks");
        assertThat(data.at("/rooms/0/last_seq").longValue()).isEqualTo(1);
    }

    @Test
    void ignoresFaultMode() {
        harness.emulator.faults(new FaultSettings(Duration.ZERO, 1, 0, 0));

        assertThat(post("ava.sparks/likes", "{\"sender\":\"Mara\"}").statusCode())
                .isEqualTo(200);
    }

    @Nested
    class Errors {

        @Test
        void answer404ForAnUnknownCreator() {
            HttpResponse<String> response = post("nobody.here/likes", "{\"sender\":\"Mara\"}");

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(json(response).at("/error/code").asString()).isEqualTo("user_not_found");
        }

        @Test
        void answer409ForAnOfflineRoom() {
            HttpResponse<String> response = post("omar.cooks/gifts", "{\"sender\":\"Mara\",\"gift\":\"Rose\"}");

            assertThat(response.statusCode()).isEqualTo(409);
            assertThat(json(response).at("/error/code").asString()).isEqualTo("room_offline");
        }

        @Test
        void answer400ForAnUnknownGift() {
            HttpResponse<String> response = post("ava.sparks/gifts", "{\"sender\":\"Mara\",\"gift\":\"Dragon\"}");

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(json(response).at("/error/code").asString()).isEqualTo("invalid_params");
            assertThat(json(response).at("/error/message").asString()).contains("Dragon");
        }

        @Test
        void answer400NamingAMistypedField() {
            HttpResponse<String> response = post("ava.sparks/pace", "{\"eventsPerSecond\":\"fast\"}");

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(json(response).at("/error/message").asString()).contains("eventsPerSecond");
        }

        @Test
        void answer400ForAPaceOutOfRange() {
            assertThat(post("ava.sparks/pace", "{\"eventsPerSecond\":5000}").statusCode())
                    .isEqualTo(400);
        }

        @Test
        void answer400ForABodyThatIsNotAJsonObject() {
            assertThat(post("ava.sparks/likes", "[1]").statusCode()).isEqualTo(400);
            assertThat(post("ava.sparks/likes", "{nope").statusCode()).isEqualTo(400);
            assertThat(harness.post(ROOMS + "ava.sparks/likes", "text/plain", "{}")
                            .statusCode())
                    .isEqualTo(400);
        }

        @Test
        void answer404ForAnUnknownAction() {
            assertThat(post("ava.sparks/explode", "{}").statusCode()).isEqualTo(404);
        }
    }
}
