package io.battlesim.tiktok.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.battlesim.tiktok.emulator.SandboxAccount;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The Display API's video half of the SDK against the real offline emulator. */
class VideoContractTests {

    private static final Set<VideoField> ID_AND_TIME = EnumSet.of(VideoField.ID, VideoField.CREATE_TIME);

    @Nested
    class Listing {

        private final EmulatorFixture tiktok = EmulatorFixture.start();
        private final TikTokClient client = tiktok.client();
        private final SandboxAccount ava = tiktok.account("ava.sparks");

        @AfterEach
        void stopEmulator() {
            tiktok.close();
        }

        // The emulator's own record of the videos (its Video type, not the SDK's): what the list may show.
        private List<String> listedIds() {
            return tiktok
                    .emulator()
                    .videos()
                    .videos(ava.openId(), tiktok.clock().instant())
                    .stream()
                    .filter(video -> video.listed())
                    .map(video -> video.id())
                    .toList();
        }

        @Test
        void walksTheDemoCreatorsWholeCatalogueNewestFirst() { // GH-11
            TokenSet tokens = tiktok.signIn("ava.sparks");

            List<Video> videos =
                    client.display().videos(tokens.accessToken(), ID_AND_TIME).toList();

            assertThat(videos).hasSizeGreaterThanOrEqualTo(300);
            assertThat(videos).extracting(Video::id).containsExactlyElementsOf(listedIds());
            assertThat(videos)
                    .extracting(Video::createTime)
                    .doesNotHaveDuplicates()
                    .isSortedAccordingTo((a, b) -> b.compareTo(a));
        }

        @Test
        void readsEveryFieldOfTheNewestVideo() {
            TokenSet tokens = tiktok.signIn("ava.sparks");

            VideoPage page = client.display().videoList(tokens.accessToken(), EnumSet.allOf(VideoField.class), null, 1);

            Video video = page.videos().getFirst();
            assertThat(video.id()).matches("[0-9]{19}");
            assertThat(video.createTime()).isBefore(tiktok.clock().instant().plusSeconds(1));
            assertThat(video.title()).isNotBlank();
            assertThat(video.videoDescription()).isNotBlank();
            assertThat(video.coverImageUrl()).contains("/covers/");
            assertThat(video.shareUrl()).contains("/@ava.sparks/video/" + video.id());
            assertThat(video.embedHtml()).contains("tiktok-embed");
            assertThat(video.embedLink()).contains("/player/v1/" + video.id());
            assertThat(video.duration()).isPositive();
            assertThat(video.width()).isPositive();
            assertThat(video.height()).isPositive();
            assertThat(video.viewCount()).isNotNull().isGreaterThanOrEqualTo(video.likeCount());
            assertThat(video.commentCount()).isNotNull();
            assertThat(video.shareCount()).isNotNull();
            assertThat(page.hasMore()).isTrue();
            assertThat(page.cursor()).isEqualTo(video.createTime().toEpochMilli());
        }

        @Test
        void continuesFromAPagesCursor() {
            TokenSet tokens = tiktok.signIn("ava.sparks");
            VideoPage first = client.display().videoList(tokens.accessToken(), ID_AND_TIME, null, 5);

            VideoPage second = client.display().videoList(tokens.accessToken(), ID_AND_TIME, first.cursor(), 5);

            assertThat(second.videos().getFirst().createTime()).isBefore(first.cursorTime());
            assertThat(second.videos())
                    .extracting(Video::id)
                    .doesNotContainAnyElementsOf(
                            first.videos().stream().map(Video::id).toList());
        }

        @Test
        void keepsAWalkGoingThroughATokenRefresh() {
            TokenSet original = tiktok.signIn("ava.sparks");
            TokenStore store = TokenStore.inMemory();
            store.save(original);
            UserSession session = client.session(original.openId(), store);
            List<String> expected = listedIds();

            Iterator<Video> videos = session.videos(ID_AND_TIME).iterator();
            List<String> walked = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                walked.add(videos.next().id());
            }
            tiktok.clock().advance(Duration.ofHours(25));
            videos.forEachRemaining(video -> walked.add(video.id()));

            assertThat(walked).containsExactlyElementsOf(expected);
            assertThat(store.find(original.openId()).orElseThrow().refreshToken())
                    .isNotEqualTo(original.refreshToken());
        }

        @Test
        void reportsATokenWithoutVideoListAsScopeNotAuthorized() {
            TokenSet tokens = tiktok.signIn("ava.sparks", Set.of("user.info.basic", "user.info.stats"));

            assertThatExceptionOfType(TikTokApiException.class)
                    .isThrownBy(() -> client.display()
                            .videos(tokens.accessToken(), ID_AND_TIME)
                            .findFirst())
                    .satisfies(e -> {
                        assertThat(e.errorCode()).isEqualTo("scope_not_authorized");
                        assertThat(e.httpStatus()).isEqualTo(401);
                        assertThat(e.isScopeError()).isTrue();
                    });
        }
    }

    @Nested
    class Querying {

        private final EmulatorFixture tiktok = EmulatorFixture.start();
        private final TikTokClient client = tiktok.client();

        @AfterEach
        void stopEmulator() {
            tiktok.close();
        }

        @Test
        void answersOwnVideosAndLeavesOthersOut() {
            TokenSet ava = tiktok.signIn("ava.sparks");
            TokenSet leo = tiktok.signIn("leo.beats");
            List<String> avas = client.display()
                    .videos(ava.accessToken(), Set.of(VideoField.ID))
                    .limit(3)
                    .map(Video::id)
                    .toList();
            String leos = client.display()
                    .videoList(leo.accessToken(), Set.of(VideoField.ID))
                    .videos()
                    .getFirst()
                    .id();

            List<Video> found = client.display()
                    .videoQuery(
                            ava.accessToken(),
                            EnumSet.of(VideoField.ID, VideoField.VIEW_COUNT),
                            List.of(avas.get(2), leos, avas.get(0)));

            assertThat(found).extracting(Video::id).containsExactly(avas.get(2), avas.get(0));
            assertThat(found).allSatisfy(video -> assertThat(video.viewCount()).isNotNull());
        }

        @Test
        void refreshesAnExpiredCoverUrl() throws Exception {
            TokenSet tokens = tiktok.signIn("ava.sparks");
            Video newest = client.display()
                    .videoList(tokens.accessToken(), Set.of(VideoField.ID, VideoField.COVER_IMAGE_URL))
                    .videos()
                    .getFirst();
            tiktok.clock().advance(Duration.ofHours(7));
            TokenSet fresh = client.oauth().refresh(tokens.refreshToken());

            Video again = client.display()
                    .videoQuery(fresh.accessToken(), Set.of(VideoField.COVER_IMAGE_URL), List.of(newest.id()))
                    .getFirst();

            assertThat(status(newest.coverImageUrl())).isEqualTo(403);
            assertThat(status(again.coverImageUrl())).isEqualTo(200);
        }

        private static int status(@Nullable String url) throws Exception {
            try (HttpClient http = HttpClient.newHttpClient()) {
                HttpRequest request =
                        HttpRequest.newBuilder(URI.create(String.valueOf(url))).build();
                return http.send(request, HttpResponse.BodyHandlers.discarding())
                        .statusCode();
            }
        }

        @Test
        void refusesTwentyOneIdsWithoutCallingTikTok() {
            TokenSet tokens = tiktok.signIn("ava.sparks");
            List<String> ids = client.display()
                    .videos(tokens.accessToken(), Set.of(VideoField.ID))
                    .limit(21)
                    .map(Video::id)
                    .toList();

            assertThat(client.display().videoQuery(tokens.accessToken(), Set.of(VideoField.ID), ids.subList(0, 20)))
                    .hasSize(20);
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> client.display().videoQuery(tokens.accessToken(), Set.of(VideoField.ID), ids));
        }
    }

    @Nested
    class RateLimits {

        @Test
        void waitsForTheClientSideLimitBetweenPages() {
            try (EmulatorFixture tiktok = EmulatorFixture.start()) {
                // 27 pages on 2026-03-01: the last two wait, well within the 20 s the limiter may wait.
                TikTokClient limited = tiktok.client()
                        .newBuilder()
                        .rateLimit("/v2/video/list/", 25)
                        .build();
                TokenSet tokens = tiktok.signIn("ava.sparks");

                long videos = limited.display()
                        .videos(tokens.accessToken(), Set.of(VideoField.ID))
                        .count();

                assertThat(videos).isGreaterThanOrEqualTo(300);
                assertThat(tiktok.sleeper().pauses())
                        .isNotEmpty()
                        .allSatisfy(pause -> assertThat(pause).isPositive());
            }
        }

        @Test
        void failsFastOnTheClientSideLimitOnlyWhenAPageBeyondItIsNeeded() {
            try (EmulatorFixture tiktok = EmulatorFixture.start()) {
                TikTokClient limited = tiktok.client()
                        .newBuilder()
                        .rateLimitMode(RateLimitMode.FAIL_FAST)
                        .rateLimit("/v2/video/list/", 2)
                        .build();
                TokenSet tokens = tiktok.signIn("ava.sparks");

                assertThat(limited.display()
                                .videoPages(tokens.accessToken(), Set.of(VideoField.ID), 20)
                                .limit(2)
                                .count())
                        .isEqualTo(2);
                assertThatExceptionOfType(TikTokRateLimitedException.class)
                        .isThrownBy(() -> limited.display()
                                .videos(tokens.accessToken(), Set.of(VideoField.ID))
                                .count())
                        .satisfies(e -> assertThat(e.endpoint()).isEqualTo("/v2/video/list/"));
            }
        }

        @Test
        void retriesTikToks429AndThenReportsIt() {
            try (EmulatorFixture tiktok = EmulatorFixture.start(emulator -> emulator.rateLimit("/v2/video/list/", 3))) {
                TikTokClient client = tiktok.client();
                TokenSet tokens = tiktok.signIn("ava.sparks");

                assertThatExceptionOfType(TikTokApiException.class)
                        .isThrownBy(() -> client.display()
                                .videos(tokens.accessToken(), Set.of(VideoField.ID))
                                .count())
                        .satisfies(e -> {
                            assertThat(e.errorCode()).isEqualTo("rate_limit_exceeded");
                            assertThat(e.httpStatus()).isEqualTo(429);
                            assertThat(e.retryable()).isTrue();
                        });
                assertThat(tiktok.sleeper().pauses()).hasSize(2);
            }
        }
    }

    @Test
    void countsUserInfoStatsFromTheSameVideos() {
        try (EmulatorFixture tiktok = EmulatorFixture.start()) {
            TokenSet tokens = tiktok.signIn("ava.sparks");
            Instant now = tiktok.clock().instant();
            var catalogue = tiktok.emulator().videos();

            UserInfo user = tiktok.client()
                    .display()
                    .userInfo(tokens.accessToken(), EnumSet.of(UserField.VIDEO_COUNT, UserField.LIKES_COUNT));

            var videos = catalogue.videos(tokens.openId(), now);
            assertThat(user.videoCount()).isEqualTo(videos.size());
            assertThat(user.likesCount())
                    .isEqualTo(videos.stream()
                            .mapToLong(video -> catalogue.countsAt(video, now).likeCount())
                            .sum());
        }
    }
}
