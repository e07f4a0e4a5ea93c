package io.battlesim.tiktok.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LiveControlPanelTests {

    private final EmulatorHarness harness = EmulatorHarness.start();
    private final LiveRooms live = harness.emulator.live();

    @AfterEach
    void stop() {
        harness.close();
    }

    private HttpResponse<String> submit(String action, String... namesAndValues) {
        return harness.postForm("/live/control/" + action, EmulatorHarness.form(namesAndValues));
    }

    @Nested
    class Page {

        @Test
        void listsEveryRoomWithItsStatusViewersAndGuests() {
            HttpResponse<String> response = harness.get("/live/");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("content-security-policy")).isPresent();
            String page = response.body();
            for (LiveRoom room : live.rooms()) {
                assertThat(page).contains("id=\"room-" + room.username() + "\"", room.roomId());
            }
            assertThat(page)
                    .containsPattern("id=\"room-omar.cooks\"((?!</tr>).)*>OFFLINE<")
                    .containsPattern("id=\"room-ava.sparks\"((?!</tr>).)*>LIVE<")
                    .containsPattern("id=\"room-ava.sparks\"((?!</tr>).)*Kai &lt;Games&gt;");
        }

        @Test
        void escapesNamesTitlesNicknamesAndComments() {
            live.sendGift("ava.sparks", new GiftCommand("<img src=x onerror=alert(1)>", "Rose", 1));
            live.sendChat("ava.sparks", "Mara", "<script>alert('x')</script>");

            String page = harness.get("/live/").body();

            assertThat(page)
                    .contains(
                            "Kai &lt;Games&gt; &amp; &quot;Co&quot;",
                            "Speedrun &lt;any%&gt; &amp; co-op",
                            "&lt;img src=x onerror=alert(1)&gt;",
                            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                    .doesNotContain("<Games>", "<any%>", "<img src=x", "<script>");
        }

        @Test
        void offersTheWholeGiftCatalogue() {
            String page = harness.get("/live/").body();

            assertThat(live.gifts()).hasSize(29);
            live.gifts().forEach(gift -> assertThat(page).contains("<option value=\"" + gift.id() + "\">"));
        }

        @Test
        void isLinkedFromTheStatusPage() {
            assertThat(harness.get("/").body())
                    .contains("href=\"" + harness.server.baseUrl() + "/live/\"", "LIVE rooms control panel");
        }
    }

    @Nested
    class Forms {

        @Test
        void sendAGiftAndRedirectBackWithANotice() {
            long before = live.room("ava.sparks").orElseThrow().lastSeq();

            HttpResponse<String> response = submit(
                    "gift",
                    "username",
                    "ava.sparks",
                    "sender",
                    "Mara",
                    "gift",
                    "5655",
                    "count",
                    "3",
                    "toGuest",
                    "true");

            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("location"))
                    .hasValue(harness.server.baseUrl() + "/live/?notice=gift&room=ava.sparks");
            assertThat(live.room("ava.sparks").orElseThrow().lastSeq()).isEqualTo(before + 4);
            assertThat(harness.get("/live/?notice=gift&room=ava.sparks").body()).contains("Gift sent to @ava.sparks");
        }

        @Test
        void canLoseTheEndEvent() {
            long before = live.room("ava.sparks").orElseThrow().lastSeq();

            submit(
                    "gift",
                    "username",
                    "ava.sparks",
                    "sender",
                    "Mara",
                    "gift",
                    "Rose",
                    "count",
                    "3",
                    "withoutEnd",
                    "true");

            assertThat(live.room("ava.sparks").orElseThrow().lastSeq()).isEqualTo(before + 3);
        }

        @Test
        void endAndStartABroadcast() {
            submit("status", "username", "ava.sparks", "live", "false");
            assertThat(live.room("ava.sparks").orElseThrow().live()).isFalse();

            submit("status", "username", "ava.sparks", "live", "true");
            assertThat(live.room("ava.sparks").orElseThrow().live()).isTrue();
        }

        @Test
        void changeThePaceAndPauseTheGenerator() {
            submit("pace", "username", "leo.beats", "eventsPerSecond", "0");
            submit("generator", "running", "false");

            assertThat(live.room("leo.beats").orElseThrow().eventsPerSecond()).isZero();
            assertThat(live.generatorRunning()).isFalse();
            assertThat(harness.get("/live/").body()).contains(">paused<");
        }

        @Test
        void sendLikesAndComments() {
            long before = live.room("ava.sparks").orElseThrow().lastSeq();

            submit("likes", "username", "ava.sparks", "sender", "Mara", "count", "30");
            submit("chat", "username", "ava.sparks", "sender", "Mara", "comment", "hello");

            assertThat(live.room("ava.sparks").orElseThrow().lastSeq()).isEqualTo(before + 3);
        }

        @Test
        void showAnEscapedErrorPageWhenRejected() {
            HttpResponse<String> response =
                    submit("gift", "username", "ava.sparks", "sender", "Mara", "gift", "<b>Dragon</b>", "count", "1");

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body())
                    .contains("&lt;b&gt;Dragon&lt;/b&gt;", "Back to the LIVE rooms")
                    .doesNotContain("<b>Dragon");
        }

        @Test
        void answer409ForAnOfflineRoom() {
            assertThat(submit("gift", "username", "omar.cooks", "sender", "Mara", "gift", "Rose", "count", "1")
                            .statusCode())
                    .isEqualTo(409);
        }

        @Test
        void ignoreAnUnknownNoticeRoom() {
            assertThat(harness.get("/live/?notice=gift&room=%3Cscript%3E").body())
                    .doesNotContain("Gift sent")
                    .doesNotContain("<script>");
        }
    }

    @Nested
    class Images {

        @Test
        void drawEveryGift() {
            HttpResponse<String> response = harness.get("/live/gifts/5655.svg");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("content-type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("image/svg+xml"));
            assertThat(response.body()).contains("aria-label=\"Rose\"");
            assertThat(harness.get("/live/gifts/1.svg").statusCode()).isEqualTo(404);
        }

        @Test
        void drawTheAvatarsInFrames() {
            String frame = live.sendChat("ava.sparks", "xss.tester", "hi").get(0);
            String avatarUrl =
                    RecordingListener.parse(frame).at("/user/avatar_url").asString();

            HttpResponse<String> response = harness.get(
                    avatarUrl.substring(harness.server.baseUrl().toString().length()));

            assertThat(avatarUrl).startsWith(harness.server.baseUrl() + "/live/avatars/");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body())
                    .contains("&lt;img src=x onerror=alert(1)&gt;")
                    .doesNotContain("<img");
        }
    }

    @Test
    void keepsFormsOnTheEmulatorsOwnPages() {
        assertThat(harness.postForm("/live/control/gift", Map.of()).statusCode())
                .isEqualTo(400);
    }
}
