package io.battlesim.app.publish.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.app.battle.BattleView;
import io.battlesim.app.publish.PublishBrowser;
import io.battlesim.app.publish.PublishIntegrationTestSupport;
import io.battlesim.app.publish.job.JobState;
import io.battlesim.app.publish.job.PublishJob;
import io.battlesim.app.publish.job.Quotas;
import io.battlesim.app.publish.video.TestVideos;
import io.battlesim.tiktok.emulator.FaultSettings;
import io.battlesim.tiktok.emulator.publish.PublishKind;
import io.battlesim.tiktok.emulator.publish.PublishLimits;
import io.battlesim.tiktok.emulator.publish.PublishSnapshot;
import io.battlesim.tiktok.emulator.publish.PublishTimetable;
import io.battlesim.tiktok.emulator.webhooks.WebhookDelivery;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.imageio.ImageIO;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Share to TikTok over HTTP against the embedded emulator: the form, photo and video posts, limits, double submits. */
class ShareIntegrationTests extends PublishIntegrationTestSupport {

    @Autowired
    private Quotas quotas;

    @Test
    void theFormShowsTheCreatorNoDefaultPrivacyAndThePrivateOnlyNotice() {
        var browser = newBrowser();
        BattleView battle = finishedBattle(signUp(browser, "ava.sparks"));

        HttpResponse<String> form = browser.get("/publish/battles/" + battle.id());

        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body())
                .contains("data-testid=\"creator-nickname\">Ava Sparks<", "data-testid=\"unaudited-notice\"")
                .contains("<option value=\"\" disabled selected=\"selected\">Choose…</option>")
                .contains("<option value=\"SELF_ONLY\">Only me</option>")
                .doesNotContain("PUBLIC_TO_EVERYONE")
                .contains("only from private accounts: yours is")
                .doesNotContain("data-testid=\"public-account-warning\"")
                .contains("Music Usage Confirmation", "Leo &lt;Beats&gt;")
                .doesNotContain("Leo <Beats>");
    }

    @Test
    void warnsBeforePostingThatAPublicAccountMustBeMadePrivate() {
        var browser = newBrowser();
        BattleView battle = finishedBattle(signUp(browser, "luna.sings"));

        HttpResponse<String> form = browser.get("/publish/battles/" + battle.id());

        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body())
                .contains("data-testid=\"public-account-warning\"", "Make your TikTok account private before you post")
                .contains("<span>@luna.sings</span> is public", "turn on\n          <em>Private account</em>")
                .contains("<option value=\"SELF_ONLY\">Only me</option>");
    }

    @Test
    void aPostTikTokRefusesForAPublicAccountSaysToMakeItPrivateAndPostsOnceItIs() {
        var browser = newBrowser();
        BattleView battle = finishedBattle(signUp(browser, "luna.sings"));
        String path = "/publish/battles/" + battle.id() + "/photo";

        PublishJob refused = awaitFinished(jobIdOf(browser.postForm(
                path,
                PublishBrowser.formOf(browser.get("/publish/battles/" + battle.id()), "privacyLevel", "SELF_ONLY"))));
        emulator.publishing().privateAccount("luna.sings", true);
        try {
            HttpResponse<String> form = browser.get("/publish/battles/" + battle.id());
            PublishJob posted = awaitFinished(
                    jobIdOf(browser.postForm(path, PublishBrowser.formOf(form, "privacyLevel", "SELF_ONLY"))));

            assertThat(refused.state()).isEqualTo(JobState.FAILED);
            assertThat(refused.error()).contains("your TikTok account is public", "Private account");
            assertThat(browser.get("/publish/jobs/" + refused.id()).body())
                    .contains("TikTok refused the post because your TikTok account is public.");
            assertThat(form.body()).doesNotContain("data-testid=\"public-account-warning\"");
            assertThat(posted.state()).as(posted.error()).isEqualTo(JobState.COMPLETED);
        } finally {
            emulator.publishing().privateAccount("luna.sings", false);
        }
    }

    @Test
    void sharesTheResultCardAsAPhotoPost() throws IOException {
        var browser = newBrowser();
        BattleView battle = finishedBattle(signUp(browser, "ava.sparks"));
        HttpResponse<String> form = browser.get("/publish/battles/" + battle.id());

        HttpResponse<String> posted = browser.postForm(
                "/publish/battles/" + battle.id() + "/photo",
                PublishBrowser.formOf(
                        form, "title", "Ava wins 🇩🇪", "description", "GG", "privacyLevel", "SELF_ONLY"));

        assertThat(posted.statusCode()).isEqualTo(302);
        PublishJob job = awaitFinished(jobIdOf(posted));
        assertThat(job.state()).isEqualTo(JobState.COMPLETED);
        PublishSnapshot task = emulator.publishing().task(job.publishId()).orElseThrow();
        assertThat(task.kind()).isEqualTo(PublishKind.DIRECT_PHOTO);
        assertThat(task.title()).isEqualTo("Ava wins 🇩🇪");
        assertThat(task.privacyLevel()).isEqualTo("SELF_ONLY");
        assertThat(browser.get("/publish/jobs/" + job.id()).body()).contains("Posted", job.publishId());
    }

    @Test
    void staysConsistentWhenTikTokDeliversEachWebhookTwice() {
        emulator.webhookDuplicateRate(1);
        var browser = newBrowser();
        BattleView battle = finishedBattle(signUp(browser, "ava.sparks"));
        HttpResponse<String> form = browser.get("/publish/battles/" + battle.id());

        HttpResponse<String> posted = browser.postForm(
                "/publish/battles/" + battle.id() + "/photo",
                PublishBrowser.formOf(form, "title", "Twice told", "privacyLevel", "SELF_ONLY"));
        PublishJob job = awaitFinished(jobIdOf(posted));

        List<WebhookDelivery> deliveries = Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .until(
                        () -> emulator.webhooks().deliveries().stream()
                                .filter(delivery -> delivery.body().contains(job.publishId()))
                                .toList(),
                        both -> both.size() == 2
                                && both.stream()
                                        .allMatch(delivery -> delivery.state().equals("delivered")));
        assertThat(deliveries).extracting(WebhookDelivery::duplicate).containsExactlyInAnyOrder(false, true);
        assertThat(deliveries).extracting(WebhookDelivery::lastStatus).containsOnly(200);
        PublishJob after = jobs.find(job.id()).orElseThrow();
        assertThat(after.state()).isEqualTo(JobState.COMPLETED);
        assertThat(after.error()).isNull();
        assertThat(browser.get("/publish/jobs/" + job.id()).body()).contains("Posted", job.publishId());
    }

    @Test
    void servesTheCardPubliclyAsA1080pJpeg() throws IOException {
        var browser = newBrowser();
        BattleView battle = finishedBattle(signUp(browser, "ava.sparks"));
        String page = browser.get("/publish/battles/" + battle.id()).body();
        String cardPath = page.substring(page.indexOf("/cards/"), page.indexOf(".jpg") + 4);

        HttpResponse<byte[]> card = new PublishBrowser(BASE).getBytes(cardPath);

        assertThat(card.statusCode()).isEqualTo(200);
        assertThat(card.headers().firstValue("Content-Type")).contains("image/jpeg");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(card.body()));
        assertThat(image.getWidth()).isEqualTo(1080);
        assertThat(image.getHeight()).isEqualTo(1350);
        assertThat(new PublishBrowser(BASE)
                        .getBytes("/cards/unknownunknownunknown.jpg")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void anUnknownCardIsTheNotFoundPage() throws Exception { // GH-10
        HttpResponse<String> card = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(BASE.resolve("/cards/9223372036854775807.jpg"))
                                .header("Accept", "text/html")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(card.statusCode()).isEqualTo(404);
        assertThat(card.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(card.body()).contains("This page doesn't exist");
    }

    @Test
    void sharesAnUploadedVideoInChunks() {
        var browser = newBrowser();
        BattleView battle = finishedBattle(signUp(browser, "ava.sparks"));
        HttpResponse<String> form = browser.get("/publish/battles/" + battle.id() + "?media=video");
        byte[] video = TestVideos.mp4Bytes(Duration.ofSeconds(12), 11 * 1024 * 1024, false);

        HttpResponse<String> posted = browser.postMultipart(
                "/publish/battles/" + battle.id() + "/video",
                PublishBrowser.formOf(form, "title", "Highlights", "privacyLevel", "SELF_ONLY", "allowComment", "true"),
                "clip.mp4",
                video);

        assertThat(posted.statusCode()).isEqualTo(302);
        PublishJob job = awaitFinished(jobIdOf(posted));
        assertThat(job.state()).as(job.error()).isEqualTo(JobState.COMPLETED);
        PublishSnapshot task = emulator.publishing().task(job.publishId()).orElseThrow();
        assertThat(task.fileUpload()).isTrue();
        assertThat(task.uploadedBytes()).isEqualTo(video.length);
        assertThat(job.videoPath()).doesNotExist();
    }

    @Test
    void refusesAVideoLongerThanTheCreatorMayPost() {
        var browser = newBrowser();
        BattleView battle = finishedBattle(signUp(browser, "ava.sparks"));
        HttpResponse<String> form = browser.get("/publish/battles/" + battle.id() + "?media=video");

        HttpResponse<String> posted = browser.postMultipart(
                "/publish/battles/" + battle.id() + "/video",
                PublishBrowser.formOf(form, "title", "Too long", "privacyLevel", "SELF_ONLY"),
                "long.mp4",
                TestVideos.mp4Bytes(Duration.ofMinutes(11), 1000, false));

        assertThat(posted.statusCode()).isEqualTo(400);
        assertThat(posted.body()).contains("The video is 11:00 long; this account may post videos of at most 10:00.");
    }

    @Test
    void answersATruncatedUploadWithTheErrorPageNotA500() { // GH-10
        var browser = newBrowser();
        BattleView battle = finishedBattle(signUp(browser, "ava.sparks"));
        browser.get("/publish/battles/" + battle.id() + "?media=video");
        String boundary = "----truncated";
        byte[] cut = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"video\"; filename=\"clip.mp4\"\r\n"
                        + "Content-Type: video/mp4\r\n\r\n" + "x".repeat(1000))
                .getBytes(StandardCharsets.US_ASCII);

        HttpResponse<String> posted = browser.post(
                "/publish/battles/" + battle.id() + "/video",
                "multipart/form-data; boundary=" + boundary,
                cut,
                browser.xsrfHeader());

        assertThat(posted.statusCode()).isEqualTo(400);
        assertThat(posted.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(posted.body()).contains("We couldn't handle that request").doesNotContain("Exception");
    }

    @Test
    void aDoubleSubmitPostsOnce() {
        var browser = newBrowser();
        BattleView battle = finishedBattle(signUp(browser, "leo.beats"));
        HttpResponse<String> form = browser.get("/publish/battles/" + battle.id());
        Map<String, String> fields = PublishBrowser.formOf(form, "title", "Once", "privacyLevel", "SELF_ONLY");
        String path = "/publish/battles/" + battle.id() + "/photo";
        int tasksBefore = tasksOf("leo.beats").size();

        List<HttpResponse<String>> answers = List.of(
                        CompletableFuture.supplyAsync(() -> browser.postForm(path, fields)),
                        CompletableFuture.supplyAsync(() -> browser.postForm(path, fields)))
                .stream()
                .map(CompletableFuture::join)
                .toList();
        HttpResponse<String> retry = browser.postForm(path, fields);

        String jobId = jobIdOf(answers.getFirst());
        assertThat(answers).allSatisfy(answer -> assertThat(jobIdOf(answer)).isEqualTo(jobId));
        assertThat(jobIdOf(retry)).isEqualTo(jobId);
        awaitFinished(jobId);
        assertThat(tasksOf("leo.beats")).hasSize(tasksBefore + 1);
    }

    @Test
    void refusesAFormWithoutPrivacyOrWithPrivateBrandedContent() {
        var browser = newBrowser();
        BattleView battle = finishedBattle(signUp(browser, "ava.sparks"));
        HttpResponse<String> form = browser.get("/publish/battles/" + battle.id());
        String path = "/publish/battles/" + battle.id() + "/photo";

        HttpResponse<String> noPrivacy = browser.postForm(path, PublishBrowser.formOf(form, "title", "x"));
        HttpResponse<String> undeclared =
                browser.postForm(path, PublishBrowser.formOf(form, "privacyLevel", "SELF_ONLY", "disclose", "true"));
        HttpResponse<String> privateBranded = browser.postForm(
                path,
                PublishBrowser.formOf(form, "privacyLevel", "SELF_ONLY", "disclose", "true", "brandedContent", "true"));

        assertThat(noPrivacy.statusCode()).isEqualTo(400);
        assertThat(noPrivacy.body()).contains("Choose who can see this post.");
        assertThat(undeclared.body()).contains("promotes yourself, a third party, or both");
        assertThat(privateBranded.body()).contains("Branded content visibility cannot be set to private.");
        assertThat(jobs.findByKey(
                        userId("ava.sparks"), PublishBrowser.formOf(form).get("idempotencyKey")))
                .isEmpty();
    }

    @Test
    void refusesToPostOverTheRequestLimitAndSaysWhenToRetry() {
        var browser = newBrowser();
        BattleView battle = finishedBattle(signUp(browser, "noah.laughs"));
        String openId = emulator.account("noah.laughs").orElseThrow().openId();
        for (int i = 0; i < 6; i++) {
            quotas.recordRequest(openId);
        }

        HttpResponse<String> form = browser.get("/publish/battles/" + battle.id());
        HttpResponse<String> posted = browser.postForm(
                "/publish/battles/" + battle.id() + "/photo", PublishBrowser.formOf(form, "privacyLevel", "SELF_ONLY"));

        assertThat(form.body()).contains("data-testid=\"requests-left\">0<");
        assertThat(posted.statusCode()).isEqualTo(400);
        assertThat(posted.body()).contains("only a few post requests per minute. Try again after");
    }

    @Test
    void stopsAtTheDailyCapAndSaysWhenToRetry() {
        var browser = newBrowser();
        BattleView battle = finishedBattle(signUp(browser, "zoe.paints"));
        emulator.publishing().limits(new PublishLimits(1, 5, 100, Duration.ofHours(1)));
        String path = "/publish/battles/" + battle.id() + "/photo";
        HttpResponse<String> firstForm = browser.get("/publish/battles/" + battle.id());
        HttpResponse<String> secondForm = browser.get("/publish/battles/" + battle.id());
        awaitFinished(jobIdOf(browser.postForm(path, PublishBrowser.formOf(firstForm, "privacyLevel", "SELF_ONLY"))));

        // creator_info now reports the cap: the form is blocked, and so is a form opened before
        HttpResponse<String> reopened = browser.get("/publish/battles/" + battle.id());
        HttpResponse<String> late =
                browser.postForm(path, PublishBrowser.formOf(secondForm, "privacyLevel", "SELF_ONLY"));

        assertThat(reopened.statusCode()).isEqualTo(409);
        assertThat(reopened.body()).contains("daily post limit. Try again after");
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("daily post limit. Try again after");
    }

    @Test
    void tikToksRateLimitOnTheFormSaysWhenToRetry() {
        var browser = newBrowser();
        BattleView battle = finishedBattle(signUp(browser, "ava.sparks"));
        emulator.faults(new FaultSettings(Duration.ZERO, 0, 1.0, 0));

        HttpResponse<String> form = browser.get("/publish/battles/" + battle.id());

        assertThat(form.statusCode()).isEqualTo(409);
        assertThat(form.body()).contains("only a few post requests per minute. Try again after");
    }

    @Test
    void answersUnknownThingsReadablyAndNeverWithA500() {
        var browser = newBrowser();
        signUp(browser, "ava.sparks");

        HttpResponse<String> api = browser.get("/api/publish/jobs/no-such-job");
        HttpResponse<String> page = browser.get("/publish/jobs/no-such-job");
        HttpResponse<String> battle = browser.get("/publish/battles/no-such-battle");

        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("There is no such post.");
        assertThat(battle.statusCode()).isEqualTo(404);
        assertThat(battle.body()).contains("There is no such battle.");
    }

    private List<PublishSnapshot> tasksOf(String username) {
        return emulator.publishing().recentTasks().stream()
                .filter(task -> task.username().equals(username))
                .toList();
    }

    @Test
    void deletingAllMyDataDeletesThePublishJobsAndTheVideosStillOnDisk() {
        // TikTok keeps the post in processing for ten minutes, so the uploaded file is still on our disk
        emulator.publishing()
                .timetable(new PublishTimetable(
                        Duration.ofMinutes(10), Duration.ZERO, Duration.ZERO, Duration.ZERO, true));
        var browser = newBrowser();
        long userId = signUp(browser, "mia.moves");
        BattleView battle = finishedBattle(userId);
        HttpResponse<String> form = browser.get("/publish/battles/" + battle.id() + "?media=video");
        String jobId = jobIdOf(browser.postMultipart(
                "/publish/battles/" + battle.id() + "/video",
                PublishBrowser.formOf(form, "title", "Mine only", "privacyLevel", "SELF_ONLY"),
                "clip.mp4",
                TestVideos.mp4Bytes(Duration.ofSeconds(5), 1024 * 1024, false)));
        PublishJob processing = Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> jobs.find(jobId).orElseThrow(), job -> job.state() == JobState.PROCESSING);
        assertThat(processing.videoPath()).exists();

        HttpResponse<String> deleted = browser.postForm("/account/delete", Map.of("_csrf", csrf(browser.get("/"))));

        assertThat(deleted.statusCode()).isEqualTo(302);
        assertThat(jobs.find(jobId)).isEmpty();
        assertThat(jobs.forUser(userId, 100)).isEmpty();
        assertThat(processing.videoPath()).doesNotExist();
    }

    private static String jobIdOf(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        URI location = PublishBrowser.location(answer);
        assertThat(location.getPath()).startsWith("/publish/jobs/");
        return location.getPath().substring("/publish/jobs/".length());
    }
}
