package io.battlesim.tiktok.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.battlesim.tiktok.emulator.publish.PublishTimetable;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Content Posting against the real offline emulator: init, chunked upload, status, and TikTok's refusals. */
class ContentPostingContractTests {

    private static final long MIB = 1L << 20;
    private static final Duration POLL = Duration.ofSeconds(5);

    private final EmulatorFixture tiktok = EmulatorFixture.startForPublishing();
    private final ContentPosting posting = tiktok.client().contentPosting();
    private String token = "";

    @BeforeEach
    void signIn() {
        token = tiktok.signIn("ava.sparks", EmulatorFixture.PUBLISH_SCOPES).accessToken();
        // The poller's pauses move the emulator clock, so the realistic timetable runs without waiting.
        tiktok.sleeper().onPause(() -> {
            tiktok.clock().advance(POLL);
            tiktok.emulator().publishing().tick();
        });
    }

    @AfterEach
    void stopEmulator() {
        tiktok.close();
    }

    @Test
    void readsTheCreatorsPostingOptions() {
        CreatorInfo info = posting.creatorInfo(token);

        assertThat(info.creatorUsername()).isEqualTo("ava.sparks");
        assertThat(info.creatorNickname())
                .isEqualTo(tiktok.account("ava.sparks").displayName());
        assertThat(info.privacyLevelOptions()).contains("SELF_ONLY");
        assertThat(info.maxVideoPostDurationSec()).isPositive();
    }

    @Test
    void postsASmallVideoWholeAndPollsUntilItIsPublished() {
        ChunkPlan plan = ChunkPlan.forSize(3 * MIB);

        PublishTicket ticket = posting.initDirectVideo(
                token, PostInfo.of("Battle recap #battle", "SELF_ONLY"), MediaSource.fileUpload(plan));
        UploadResult upload = posting.upload(
                ticket.uploadUrl().orElseThrow(), plan, GeneratedVideo.of(plan.videoSize()), UploadListener.none());
        PublishStatus status = posting.poller(POLL, Duration.ofMinutes(10)).await(token, ticket.publishId());

        assertThat(ticket.publishId()).isNotBlank();
        assertThat(upload.chunksSent()).isEqualTo(1);
        assertThat(status.status()).isEqualTo(PublishState.PUBLISH_COMPLETE);
        assertThat(status.uploadedBytes()).isEqualTo(3 * MIB);
    }

    @Test
    void uploadsEveryChunkOfALargerVideoInSequence() {
        ChunkPlan plan = ChunkPlan.forSize(200_000_000);
        List<Long> progress = new java.util.concurrent.CopyOnWriteArrayList<>();

        PublishTicket ticket =
                posting.initDirectVideo(token, PostInfo.of(null, "SELF_ONLY"), MediaSource.fileUpload(plan));
        UploadResult upload = posting.upload(
                ticket.uploadUrl().orElseThrow(),
                plan,
                GeneratedVideo.of(plan.videoSize()),
                (sent, total) -> progress.add(sent));

        assertThat(upload.chunksSent()).isEqualTo(3);
        assertThat(progress).endsWith(200_000_000L);
        assertThat(posting.fetchStatus(token, ticket.publishId()).uploadedBytes())
                .isEqualTo(200_000_000);
    }

    @Test
    void resumesAnInterruptedUploadFromTheBytesTikTokConfirmed() {
        ChunkPlan plan = ChunkPlan.forSize(100_000_000); // two chunks of 50,000,000 bytes
        PublishTicket ticket =
                posting.initDirectVideo(token, PostInfo.of(null, "SELF_ONLY"), MediaSource.fileUpload(plan));
        URI uploadUrl = ticket.uploadUrl().orElseThrow();
        ContentPosting noRetries = tiktok.client()
                .newBuilder()
                .retryPolicy(RetryPolicy.none())
                .build()
                .contentPosting();

        assertThatExceptionOfType(TikTokUploadException.class)
                .isThrownBy(() -> noRetries.upload(
                        uploadUrl, plan, GeneratedVideo.failingAt(plan.videoSize(), 60_000_000), UploadListener.none()))
                .satisfies(e -> assertThat(e.confirmedBytes()).isEqualTo(50_000_000));
        long confirmed = posting.fetchStatus(token, ticket.publishId()).uploadedBytes();
        UploadResult resumed = patientClient()
                .contentPosting()
                .resume(uploadUrl, plan, GeneratedVideo.of(plan.videoSize()), confirmed, UploadListener.none());

        assertThat(confirmed).isEqualTo(50_000_000);
        assertThat(resumed.chunksSent()).isEqualTo(1);
        assertThat(posting.poller(POLL, Duration.ofMinutes(10))
                        .await(token, ticket.publishId())
                        .status())
                .isEqualTo(PublishState.PUBLISH_COMPLETE);
    }

    @Test
    void cannotUploadOnceTheUrlExpired() {
        ChunkPlan plan = ChunkPlan.forSize(MIB);
        PublishTicket ticket =
                posting.initDirectVideo(token, PostInfo.of(null, "SELF_ONLY"), MediaSource.fileUpload(plan));
        tiktok.clock().advance(Duration.ofHours(1).plusSeconds(1));

        assertThatExceptionOfType(TikTokUploadException.class)
                .isThrownBy(() -> posting.upload(
                        ticket.uploadUrl().orElseThrow(), plan, GeneratedVideo.of(MIB), UploadListener.none()))
                .satisfies(e -> {
                    assertThat(e.resumable()).isFalse();
                    assertThat(((TikTokApiException) e.failure()).httpStatus()).isEqualTo(403);
                    assertThat(e.getMessage()).doesNotContain("upload_token");
                });
    }

    @Test
    void isRefusedAPlanThatBreaksTheChunkRules() {
        ChunkPlan tooSmallChunks = ChunkPlan.of(20 * MIB, 4 * MIB);

        assertThatExceptionOfType(TikTokApiException.class)
                .isThrownBy(() -> posting.initDirectVideo(
                        token, PostInfo.of(null, "SELF_ONLY"), MediaSource.fileUpload(tooSmallChunks)))
                .satisfies(e -> {
                    assertThat(e.isInvalidParams()).isTrue();
                    assertThat(e.httpStatus()).isEqualTo(400);
                });
    }

    @Test
    void sendsAnInboxUploadToTheCreator() {
        tiktok.emulator()
                .publishing()
                .timetable(new PublishTimetable(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, false));
        ChunkPlan plan = ChunkPlan.forSize(MIB);

        PublishTicket ticket = posting.initInboxVideo(token, MediaSource.fileUpload(plan));
        posting.upload(ticket.uploadUrl().orElseThrow(), plan, GeneratedVideo.of(MIB), UploadListener.none());
        PublishStatus status = posting.poller(POLL, Duration.ofMinutes(1)).await(token, ticket.publishId());

        assertThat(status.status()).isEqualTo(PublishState.SEND_TO_USER_INBOX);
        assertThat(status.settled()).isTrue();
    }

    @Test
    void isRefusedAPrivacyLevelTheCreatorWasNotOffered() {
        String notOffered = posting.creatorInfo(token).privacyLevelOptions().contains("FOLLOWER_OF_CREATOR")
                ? "PUBLIC_TO_EVERYONE"
                : "FOLLOWER_OF_CREATOR";

        assertThatExceptionOfType(TikTokApiException.class)
                .isThrownBy(() -> posting.initDirectVideo(
                        token, PostInfo.of(null, notOffered), MediaSource.fileUpload(ChunkPlan.forSize(MIB))))
                .satisfies(e -> assertThat(e.errorCode()).isEqualTo("privacy_level_option_mismatch"));
    }

    @Test
    void isRefusedPhotosFromAnUnverifiedDomain() {
        PhotoPost post = new PhotoPost(
                PostMode.DIRECT_POST,
                "Result",
                null,
                "SELF_ONLY",
                false,
                false,
                false,
                false,
                List.of(URI.create("https://unverified.example.org/card.jpg")),
                0);

        assertThatExceptionOfType(TikTokApiException.class)
                .isThrownBy(() -> posting.initPhotos(token, post))
                .satisfies(e -> {
                    assertThat(e.errorCode()).isEqualTo("url_ownership_unverified");
                    assertThat(e.httpStatus()).isEqualTo(403);
                });
    }

    @Test
    void cancelsATaskStillWaitingForItsUpload() {
        PublishTicket ticket = posting.initDirectVideo(
                token, PostInfo.of(null, "SELF_ONLY"), MediaSource.fileUpload(ChunkPlan.forSize(MIB)));

        posting.cancel(token, ticket.publishId());

        PublishStatus status = posting.fetchStatus(token, ticket.publishId());
        assertThat(status.status()).isEqualTo(PublishState.FAILED);
        assertThat(status.failReason()).isEqualTo("publish_cancelled");
    }

    @Test
    void reportsAnUnknownPublishId() {
        assertThatExceptionOfType(TikTokApiException.class)
                .isThrownBy(() -> posting.fetchStatus(token, "v_pub_file~v2-1.000"))
                .satisfies(e -> assertThat(e.errorCode()).isEqualTo("invalid_publish_id"));
    }

    private TikTokClient patientClient() {
        // A resume right after a dropped chunk may find the emulator still draining it (416): retry in real time.
        return tiktok.client()
                .newBuilder()
                .sleeper(Sleeper.system())
                .retryPolicy(new RetryPolicy(5, Duration.ofMillis(100), Duration.ofSeconds(1)))
                .build();
    }
}
