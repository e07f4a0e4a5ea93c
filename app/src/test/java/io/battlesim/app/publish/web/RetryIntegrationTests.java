package io.battlesim.app.publish.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.app.battle.BattleView;
import io.battlesim.app.publish.PublishBrowser;
import io.battlesim.app.publish.PublishIntegrationTestSupport;
import io.battlesim.app.publish.job.JobRetries;
import io.battlesim.app.publish.job.JobState;
import io.battlesim.app.publish.job.MediaKind;
import io.battlesim.app.publish.job.PostChoices;
import io.battlesim.app.publish.job.PublishJob;
import io.battlesim.tiktok.emulator.faults.PublishFailure;
import io.battlesim.tiktok.emulator.publish.PublishSnapshot;
import io.battlesim.tiktok.emulator.publish.PublishTimetable;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Retry on a failed post: once per failed post, only when TikTok surely has no post from it. */
class RetryIntegrationTests extends PublishIntegrationTestSupport {

    @Test
    void aFailedPostIsSentAgainOnceWithTheSameChoicesHoweverOftenRetryIsPressed() { // GH-15
        var browser = newBrowser();
        BattleView battle = finishedBattle(signUp(browser, "ivy.reads"));
        PublishJob failed = failedPhotoPost(browser, battle, "Again 🎉 配信");
        HttpResponse<String> page = browser.get("/publish/jobs/" + failed.id());
        assertThat(page.body()).contains("data-testid=\"retry-form\">").doesNotContain("data-testid=\"share-again\">");
        assertThat(browser.get("/api/publish/jobs/" + failed.id()).body())
                .contains("\"retryable\":true", "\"retriedAs\":null")
                .doesNotContain("createdAtText", "shareAgain");
        Map<String, String> csrf = Map.of("_csrf", csrf(page));
        String path = "/publish/jobs/" + failed.id() + "/retry";
        int tasksBefore = tasksOf("ivy.reads").size();

        List<HttpResponse<String>> answers = List.of(
                        CompletableFuture.supplyAsync(() -> browser.postForm(path, csrf)),
                        CompletableFuture.supplyAsync(() -> browser.postForm(path, csrf)))
                .stream()
                .map(CompletableFuture::join)
                .toList();
        HttpResponse<String> again = browser.postForm(path, csrf);

        String retryId = jobIdOf(answers.getFirst());
        assertThat(answers).allSatisfy(answer -> assertThat(jobIdOf(answer)).isEqualTo(retryId));
        assertThat(jobIdOf(again)).isEqualTo(retryId);
        PublishJob retry = awaitFinished(retryId);
        assertThat(retry.state()).as(retry.error()).isEqualTo(JobState.COMPLETED);
        assertThat(retry.choices()).isEqualTo(failed.choices());
        assertThat(tasksOf("ivy.reads")).hasSize(tasksBefore + 1);
        assertThat(emulator.publishing().task(retry.publishId()).orElseThrow().title())
                .isEqualTo("Again 🎉 配信");
        assertThat(browser.get("/publish/jobs/" + failed.id()).body())
                .contains("href=\"/publish/jobs/" + retryId + "\"")
                .contains("data-testid=\"retry-form\" hidden");
    }

    @Test
    void aPostTikTokRefusedAtOnceCanBeTriedAgainOnceTheReasonIsFixed() { // GH-15
        var browser = newBrowser();
        BattleView battle = finishedBattle(signUp(browser, "luna.sings")); // public: an unaudited app's post is refused
        HttpResponse<String> form = browser.get("/publish/battles/" + battle.id());
        PublishJob refused = awaitFinished(jobIdOf(browser.postForm(
                "/publish/battles/" + battle.id() + "/photo",
                PublishBrowser.formOf(form, "privacyLevel", "SELF_ONLY"))));
        assertThat(refused.state()).isEqualTo(JobState.FAILED);
        assertThat(refused.initOutcomeUnknown()).as("TikTok answered the init").isFalse();
        HttpResponse<String> page = browser.get("/publish/jobs/" + refused.id());
        assertThat(page.body()).contains("data-testid=\"retry-form\">");
        emulator.publishing().privateAccount("luna.sings", true);
        try {
            String retryId =
                    jobIdOf(browser.postForm("/publish/jobs/" + refused.id() + "/retry", Map.of("_csrf", csrf(page))));

            assertThat(awaitFinished(retryId).state()).isEqualTo(JobState.COMPLETED);
        } finally {
            emulator.publishing().privateAccount("luna.sings", false);
        }
    }

    @Test
    void aPostTikTokMayHaveReceivedIsNotSentAgain() { // GH-15
        var browser = newBrowser();
        long userId = signUp(browser, "omar.cooks");
        BattleView battle = finishedBattle(userId);
        PublishJob lost = PublishJob.pending(
                UUID.randomUUID().toString(),
                userId,
                emulator.account("omar.cooks").orElseThrow().openId(),
                UUID.randomUUID().toString(),
                MediaKind.PHOTO,
                battle.id(),
                "cardtokencardtokencard",
                null,
                null,
                new PostChoices("Lost", "", "SELF_ONLY", false, false, false, false, false),
                Instant.now());
        jobs.insert(lost);
        jobs.initStarting(lost.id(), Instant.now());
        jobs.fail(lost.id(), "The app restarted while asking TikTok to post.", null, Instant.now());
        int tasksBefore = tasksOf("omar.cooks").size();
        HttpResponse<String> page = browser.get("/publish/jobs/" + lost.id());

        HttpResponse<String> retry =
                browser.postForm("/publish/jobs/" + lost.id() + "/retry", Map.of("_csrf", csrf(page)));

        assertThat(page.body())
                .contains("data-testid=\"retry-form\" hidden")
                .contains("data-testid=\"share-again\">Share again</a>");
        assertThat(retry.statusCode()).isEqualTo(409);
        assertThat(retry.body()).contains("cannot be tried again as it was", "Open the share form");
        assertThat(jobs.findByKey(userId, JobRetries.keyOf(lost))).isEmpty();
        assertThat(tasksOf("omar.cooks")).hasSize(tasksBefore);
    }

    @Test
    void aPostTikTokIsStillWorkingOnIsNotSentAgain() { // GH-15
        emulator.publishing()
                .timetable(new PublishTimetable(
                        Duration.ofMinutes(10), Duration.ZERO, Duration.ZERO, Duration.ZERO, true));
        var browser = newBrowser();
        long userId = signUp(browser, "max.fixes");
        BattleView battle = finishedBattle(userId);
        HttpResponse<String> form = browser.get("/publish/battles/" + battle.id());
        String jobId = jobIdOf(browser.postForm(
                "/publish/battles/" + battle.id() + "/photo",
                PublishBrowser.formOf(form, "privacyLevel", "SELF_ONLY")));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> jobs.find(jobId).orElseThrow().state() == JobState.PROCESSING);
        // what the app writes when it gives up following a post TikTok has not finished
        jobs.fail(jobId, "TikTok is still processing the post after 120 minutes.", null, Instant.now());
        PublishJob gaveUp = jobs.find(jobId).orElseThrow();
        int tasksBefore = tasksOf("max.fixes").size();

        HttpResponse<String> retry = browser.postForm(
                "/publish/jobs/" + jobId + "/retry", Map.of("_csrf", csrf(browser.get("/publish/jobs/" + jobId))));

        assertThat(retry.statusCode()).isEqualTo(409);
        assertThat(retry.body()).contains("TikTok is still working on this post, so it was not sent again.");
        assertThat(jobs.findByKey(userId, JobRetries.keyOf(gaveUp))).isEmpty();
        assertThat(tasksOf("max.fixes")).hasSize(tasksBefore);
    }

    private PublishJob failedPhotoPost(PublishBrowser browser, BattleView battle, String title) {
        emulator.publishing().failProcessing(new PublishFailure("internal", 1));
        try {
            HttpResponse<String> form = browser.get("/publish/battles/" + battle.id());
            PublishJob failed = awaitFinished(jobIdOf(browser.postForm(
                    "/publish/battles/" + battle.id() + "/photo",
                    PublishBrowser.formOf(form, "title", title, "privacyLevel", "SELF_ONLY"))));
            assertThat(failed.state()).isEqualTo(JobState.FAILED);
            assertThat(failed.publishId()).isNotNull();
            return failed;
        } finally {
            emulator.publishing().failProcessing(PublishFailure.NONE);
        }
    }

    private List<PublishSnapshot> tasksOf(String username) {
        return emulator.publishing().recentTasks().stream()
                .filter(task -> task.username().equals(username))
                .toList();
    }

    private static String jobIdOf(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        String path = PublishBrowser.location(answer).getPath();
        assertThat(path).startsWith("/publish/jobs/");
        return path.substring("/publish/jobs/".length());
    }
}
