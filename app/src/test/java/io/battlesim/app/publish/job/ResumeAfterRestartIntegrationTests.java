package io.battlesim.app.publish.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.app.auth.TikTokAccessTokens;
import io.battlesim.app.publish.PublishIntegrationTestSupport;
import io.battlesim.app.publish.video.TestVideos;
import io.battlesim.tiktok.client.ChunkPlan;
import io.battlesim.tiktok.client.MediaSource;
import io.battlesim.tiktok.client.PostInfo;
import io.battlesim.tiktok.client.PublishTicket;
import io.battlesim.tiktok.client.TikTokClient;
import io.battlesim.tiktok.emulator.publish.PublishSnapshot;
import io.battlesim.tiktok.emulator.publish.PublishState;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A restart in the middle of an upload: the stored job resumes from the bytes TikTok confirmed while the upload URL
 * is valid, starts over when it expired, and never posts twice. The "crash" is simulated by doing init and the
 * first chunk by hand and then running the start-up resume, as a new process would.
 */
class ResumeAfterRestartIntegrationTests extends PublishIntegrationTestSupport {

    private static final int CHUNK = 5 * 1024 * 1024;
    private static final int SIZE = 11 * 1024 * 1024;

    @Autowired
    private JobResumer resumer;

    @Autowired
    private TikTokClient tiktok;

    @Autowired
    private TikTokAccessTokens tokens;

    @Test
    void resumesAnInterruptedUploadAndPostsOnce() throws Exception {
        long user = signUp(newBrowser(), "max.fixes");
        PublishJob job = storedVideoJob(user, "max.fixes");
        PublishTicket ticket = initAndSendFirstChunk(user, job);
        int tasksBefore = tasksOf("max.fixes").size();

        resumer.resumeUnfinished();

        PublishJob done = awaitFinished(job.id());
        assertThat(done.state()).as(done.error()).isEqualTo(JobState.COMPLETED);
        assertThat(done.publishId()).isEqualTo(ticket.publishId());
        PublishSnapshot task = emulator.publishing().task(ticket.publishId()).orElseThrow();
        assertThat(task.status()).isEqualTo(PublishState.PUBLISH_COMPLETE);
        assertThat(task.uploadedBytes()).isEqualTo(SIZE);
        assertThat(tasksOf("max.fixes")).hasSize(tasksBefore);
    }

    @Test
    void startsOverWhenTheUploadUrlExpiredAndStillPostsOnce() throws Exception {
        long user = signUp(newBrowser(), "ivy.reads");
        PublishJob job = storedVideoJob(user, "ivy.reads");
        PublishTicket first = initAndSendFirstChunk(user, job);
        jdbc.sql("UPDATE publish_job SET upload_url_expires_at = :past WHERE id = :id")
                .param("past", Instant.now().minusSeconds(60).atOffset(ZoneOffset.UTC))
                .param("id", job.id())
                .update();

        resumer.resumeUnfinished();

        PublishJob done = awaitFinished(job.id());
        assertThat(done.state()).as(done.error()).isEqualTo(JobState.COMPLETED);
        assertThat(done.publishId()).isNotEqualTo(first.publishId());
        assertThat(tasksOf("ivy.reads"))
                .filteredOn(task -> task.status() == PublishState.PUBLISH_COMPLETE)
                .extracting(PublishSnapshot::publishId)
                .containsExactly(done.publishId());
    }

    @Test
    void doesNotRepeatAnInitWhoseAnswerWasLost() throws Exception {
        long user = signUp(newBrowser(), "omar.cooks");
        PublishJob job = storedVideoJob(user, "omar.cooks");
        jobs.initStarting(job.id(), Instant.now());
        int tasksBefore = tasksOf("omar.cooks").size();

        resumer.resumeUnfinished();

        PublishJob failed = jobs.find(job.id()).orElseThrow();
        assertThat(failed.state()).isEqualTo(JobState.FAILED);
        assertThat(failed.error()).contains("Check your TikTok profile");
        assertThat(tasksOf("omar.cooks")).hasSize(tasksBefore);
    }

    private PublishJob storedVideoJob(long user, String username) throws IOException {
        byte[] video = TestVideos.mp4Bytes(Duration.ofSeconds(8), SIZE - 200, false);
        Path file = Files.write(DATA_DIR.resolve(UUID.randomUUID() + ".mp4"), Arrays.copyOf(video, SIZE));
        PublishJob job = PublishJob.pending(
                UUID.randomUUID().toString(),
                user,
                emulator.account(username).orElseThrow().openId(),
                UUID.randomUUID().toString(),
                MediaKind.VIDEO,
                null,
                null,
                file,
                (long) SIZE,
                new PostChoices("Resumed", "", "SELF_ONLY", false, false, false, false, false),
                Instant.now());
        assertThat(jobs.insert(job)).isTrue();
        return job;
    }

    /** What the previous process did before it died: init, the first chunk, both stored. */
    private PublishTicket initAndSendFirstChunk(long user, PublishJob job) throws Exception {
        String token = tokens.forUser(user).orElseThrow();
        PublishTicket ticket = tiktok.contentPosting()
                .initDirectVideo(
                        token, PostInfo.of("Resumed", "SELF_ONLY"), MediaSource.fileUpload(ChunkPlan.of(SIZE, CHUNK)));
        URI uploadUrl = ticket.uploadUrl().orElseThrow();
        byte[] firstChunk = Arrays.copyOf(Files.readAllBytes(job.videoPath()), CHUNK);
        HttpResponse<Void> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(uploadUrl)
                                .header("Content-Type", "video/mp4")
                                .header("Content-Range", "bytes 0-" + (CHUNK - 1) + "/" + SIZE)
                                .PUT(HttpRequest.BodyPublishers.ofByteArray(firstChunk))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
        assertThat(answer.statusCode()).isEqualTo(206);
        Instant now = Instant.now();
        jobs.initialised(
                job.id(), ticket.publishId(), uploadUrl, now.plus(Duration.ofHours(1)), JobState.UPLOADING, now);
        jobs.uploaded(job.id(), CHUNK, now);
        return ticket;
    }

    private List<PublishSnapshot> tasksOf(String username) {
        return emulator.publishing().recentTasks().stream()
                .filter(task -> task.username().equals(username))
                .toList();
    }
}
