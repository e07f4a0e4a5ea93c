package io.battlesim.tiktok.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChunkUploadTests {

    private static final String UPLOAD = "/video/";
    private static final String TOKEN = "upload-token-secret-0123456789";
    private static final String CONTENT = "0123456789abcdefghijklmno"; // 25 bytes
    private static final ChunkPlan PLAN = ChunkPlan.of(25, 10); // 0-9 and 10-24

    private final StubTikTok stub = StubTikTok.start();
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final ContentPosting posting =
            Fixtures.clientFor(stub.baseUri(), new TestClock(), sleeper).build().contentPosting();
    private final URI uploadUrl = URI.create(stub.baseUri() + UPLOAD + "?upload_id=7&upload_token=" + TOKEN);
    private final AtomicInteger opened = new AtomicInteger();
    private final UploadSource source = UploadSource.ofStream(() -> {
        opened.incrementAndGet();
        return new ByteArrayInputStream(CONTENT.getBytes(StandardCharsets.US_ASCII));
    });

    @TempDir
    Path dir;

    @AfterEach
    void stopStub() {
        stub.close();
    }

    @Test
    void putsEveryChunkWithItsRangeTypeAndLength() {
        stub.answer(UPLOAD, 206, "").answer(UPLOAD, 201, "");

        UploadResult result = posting.upload(uploadUrl, PLAN, source, UploadListener.none());

        assertThat(result).isEqualTo(new UploadResult(25, 2, 0));
        List<StubTikTok.Recorded> puts = stub.requests(UPLOAD);
        assertThat(puts).extracting(StubTikTok.Recorded::method).containsOnly("PUT");
        assertThat(puts).extracting(r -> r.header("content-range")).containsExactly("bytes 0-9/25", "bytes 10-24/25");
        assertThat(puts).extracting(r -> r.header("content-length")).containsExactly("10", "15");
        assertThat(puts).extracting(r -> r.header("content-type")).containsOnly("video/mp4");
        assertThat(puts).extracting(r -> r.header("authorization")).containsOnlyNulls();
        assertThat(puts.get(0).queryParameters()).containsEntry("upload_token", TOKEN);
        assertThat(puts.get(0).body() + puts.get(1).body()).isEqualTo(CONTENT);
        assertThat(opened).hasValue(1);
    }

    @Test
    void streamsAFileTypedByItsExtension() throws IOException {
        Path file = Files.writeString(dir.resolve("clip.mov"), CONTENT);
        stub.answer(UPLOAD, 206, "").answer(UPLOAD, 201, "");

        posting.upload(uploadUrl, PLAN, UploadSource.ofPath(file), UploadListener.none());

        List<StubTikTok.Recorded> puts = stub.requests(UPLOAD);
        assertThat(puts).extracting(r -> r.header("content-type")).containsOnly("video/quicktime");
        assertThat(puts.get(0).body() + puts.get(1).body()).isEqualTo(CONTENT);
    }

    @Test
    void retriesAFailedChunkFromItsFirstByte() {
        stub.answer(UPLOAD, 206, "").answer(UPLOAD, 503, "").answer(UPLOAD, 201, "");

        UploadResult result = posting.upload(uploadUrl, PLAN, source, UploadListener.none());

        assertThat(result.retries()).isEqualTo(1);
        List<StubTikTok.Recorded> puts = stub.requests(UPLOAD);
        assertThat(puts)
                .extracting(r -> r.header("content-range"))
                .containsExactly("bytes 0-9/25", "bytes 10-24/25", "bytes 10-24/25");
        assertThat(puts.get(2).body()).isEqualTo(CONTENT.substring(10));
        assertThat(sleeper.pauses()).hasSize(1);
    }

    @Test
    void retriesAChunkWhoseConnectionDropped() {
        stub.answer(UPLOAD, 206, "").dropConnection(UPLOAD).answer(UPLOAD, 201, "");

        UploadResult result = posting.upload(uploadUrl, PLAN, source, UploadListener.none());

        assertThat(result.retries()).isEqualTo(1);
        assertThat(stub.requests(UPLOAD)).hasSize(3);
    }

    @Test
    void takesA416ShowingTheChunkArrivedAsConfirmation() {
        stub.answer(UPLOAD, 206, "").answer(UPLOAD, 503, "").answer(UPLOAD, 416, "", "Content-Range", "bytes 0-24/25");

        UploadResult result = posting.upload(uploadUrl, PLAN, source, UploadListener.none());

        assertThat(result.uploadedBytes()).isEqualTo(25);
    }

    @Test
    void retriesA416WhileTikTokStillLacksTheChunk() {
        stub.answer(UPLOAD, 206, "")
                .answer(UPLOAD, 416, "", "Content-Range", "bytes 0-9/25")
                .answer(UPLOAD, 201, "");

        UploadResult result = posting.upload(uploadUrl, PLAN, source, UploadListener.none());

        assertThat(result.retries()).isEqualTo(1);
    }

    @Test
    void takesA416ThatTheHostAnswersBeforeARetrysBodyAsConfirmation() {
        try (EarlyAnsweringHost host = EarlyAnsweringHost.answering(416, "bytes 0-24/25")) {
            UploadResult result = posting.upload(host.uploadUrl(), ChunkPlan.of(25, 25), source, UploadListener.none());

            assertThat(result.uploadedBytes()).isEqualTo(25);
            assertThat(host.askedFirst()).containsExactly(false, true);
        }
    }

    @Test
    void stopsAtAnExpiredUrlThatTheHostRefusesBeforeARetrysBody() {
        try (EarlyAnsweringHost host = EarlyAnsweringHost.answering(403, "bytes */25")) {
            assertThatExceptionOfType(TikTokUploadException.class)
                    .isThrownBy(
                            () -> posting.upload(host.uploadUrl(), ChunkPlan.of(25, 25), source, UploadListener.none()))
                    .satisfies(e -> {
                        assertThat(e.resumable()).isFalse();
                        assertThat(e.failure())
                                .isInstanceOfSatisfying(
                                        TikTokApiException.class,
                                        api -> assertThat(api.httpStatus()).isEqualTo(403));
                    });
        }
    }

    @Test
    void stopsAtA416ThatShowsAnotherProgress() {
        stub.answer(UPLOAD, 206, "").answer(UPLOAD, 416, "", "Content-Range", "bytes */25");

        assertThatExceptionOfType(TikTokUploadException.class)
                .isThrownBy(() -> posting.upload(uploadUrl, PLAN, source, UploadListener.none()))
                .satisfies(e -> assertThat(((TikTokApiException) e.failure()).errorCode())
                        .isEqualTo("content_range_mismatch"));
        assertThat(stub.requests(UPLOAD)).hasSize(2);
    }

    @Test
    void stopsAtAnExpiredUrlWithoutRetryingOrRevealingTheToken() {
        stub.answer(UPLOAD, 206, "").answer(UPLOAD, 403, "");

        assertThatExceptionOfType(TikTokUploadException.class)
                .isThrownBy(() -> posting.upload(uploadUrl, PLAN, source, UploadListener.none()))
                .satisfies(e -> {
                    assertThat(e.confirmedBytes()).isEqualTo(10);
                    assertThat(e.totalBytes()).isEqualTo(25);
                    assertThat(e.resumable()).isFalse();
                    assertThat(e.failure()).isInstanceOf(TikTokApiException.class);
                    assertThat(((TikTokApiException) e.failure()).httpStatus()).isEqualTo(403);
                    assertThat(((TikTokApiException) e.failure()).errorCode()).isEqualTo("upload_url_expired");
                    assertThat(e.getMessage()).doesNotContain(TOKEN);
                });
        assertThat(stub.requests(UPLOAD)).hasSize(2);
    }

    @Test
    void givesUpAfterTheRetryPolicysAttemptsAndSaysWhereToResume() {
        stub.answer(UPLOAD, 206, "").answer(UPLOAD, 500, "");

        assertThatExceptionOfType(TikTokUploadException.class)
                .isThrownBy(() -> posting.upload(uploadUrl, PLAN, source, UploadListener.none()))
                .satisfies(e -> {
                    assertThat(e.confirmedBytes()).isEqualTo(10);
                    assertThat(e.resumable()).isTrue();
                });
        assertThat(stub.requests(UPLOAD)).hasSize(1 + RetryPolicy.defaults().maxAttempts());
    }

    @Test
    void refusesAnAnswerThatDoesNotMatchThePlan() {
        stub.answer(UPLOAD, 201, "");

        assertThatExceptionOfType(TikTokUploadException.class)
                .isThrownBy(() -> posting.upload(uploadUrl, PLAN, source, UploadListener.none()))
                .satisfies(e -> assertThat(((TikTokApiException) e.failure()).errorCode())
                        .isEqualTo("unexpected_upload_status"));
    }

    @Test
    void resumesFromTheConfirmedBytes() {
        stub.answer(UPLOAD, 201, "");

        UploadResult result = posting.resume(uploadUrl, PLAN, source, 10, UploadListener.none());

        assertThat(result.chunksSent()).isEqualTo(1);
        assertThat(stub.requests(UPLOAD)).singleElement().satisfies(put -> {
            assertThat(put.header("content-range")).isEqualTo("bytes 10-24/25");
            assertThat(put.body()).isEqualTo(CONTENT.substring(10));
        });
    }

    @Test
    void resumesAFinishedUploadWithoutSendingAnything() {
        UploadResult result = posting.resume(uploadUrl, PLAN, source, 25, UploadListener.none());

        assertThat(result.chunksSent()).isZero();
        assertThat(stub.requests(UPLOAD)).isEmpty();
    }

    @Test
    void refusesToResumeInsideAChunk() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> posting.resume(uploadUrl, PLAN, source, 5, UploadListener.none()));
    }

    @Test
    void reportsProgressUpToTheWholeFile() {
        stub.answer(UPLOAD, 206, "").answer(UPLOAD, 201, "");
        List<Long> progress = new CopyOnWriteArrayList<>();

        posting.upload(uploadUrl, PLAN, source, (sent, total) -> progress.add(sent));

        assertThat(progress).contains(10L).endsWith(25L);
    }

    @Test
    void failsWhenTheSourceIsShorterThanPlanned() {
        stub.answer(UPLOAD, 206, "").answer(UPLOAD, 206, "").answer(UPLOAD, 201, "");
        ChunkPlan tooLong = ChunkPlan.of(30, 10);

        assertThatExceptionOfType(TikTokUploadException.class)
                .isThrownBy(() -> posting.upload(uploadUrl, tooLong, source, UploadListener.none()))
                .satisfies(e -> assertThat(e.failure()).isInstanceOf(TikTokTransportException.class));
    }
}
