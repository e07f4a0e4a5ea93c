package io.battlesim.app.publish.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.app.publish.PublishBrowser;
import io.battlesim.app.publish.PublishIntegrationTestSupport;
import io.battlesim.app.publish.job.JobState;
import io.battlesim.app.publish.job.MediaKind;
import io.battlesim.app.publish.job.PostChoices;
import io.battlesim.app.publish.job.PublishJob;
import io.battlesim.tiktok.client.WebhookVerifier;
import io.battlesim.tiktok.emulator.RegisteredApp;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** {@code /webhooks/tiktok}: only TikTok's signature gets in; publish events move jobs; a removed app drops tokens. */
@ExtendWith(OutputCaptureExtension.class)
class WebhookIntegrationTests extends PublishIntegrationTestSupport {

    private static final String SECRET_MARKER = "body-marker-never-logged";

    @Test
    void acceptsASignedEventAndFailsTheJobItNames() {
        var browser = newBrowser();
        long user = signUp(browser, "leo.beats");
        PublishJob job = sentJob(user, "leo.beats", "p_pub_url~v2.webhook-1");
        String body = event(
                "post.publish.failed",
                "leo.beats",
                "{\"publish_id\":\"p_pub_url~v2.webhook-1\",\"reason\":\"photo_pull_failed\"}");

        HttpResponse<String> response = post(browser, signature(appSecret(), now(), body), body);

        assertThat(response.statusCode()).isEqualTo(200);
        PublishJob failed = jobs.find(job.id()).orElseThrow();
        assertThat(failed.state()).isEqualTo(JobState.FAILED);
        assertThat(failed.error()).contains("could not download");
    }

    @Test
    void completesAJobAndAddsItsPublicPostId() {
        var browser = newBrowser();
        long user = signUp(browser, "leo.beats");
        PublishJob job = sentJob(user, "leo.beats", "p_pub_url~v2.webhook-2");
        String body = event(
                "post.publish.publicly_available",
                "leo.beats",
                "{\"publish_id\":\"p_pub_url~v2.webhook-2\",\"post_id\":\"7300000000000000001\"}");

        assertThat(post(browser, signature(appSecret(), now(), body), body).statusCode())
                .isEqualTo(200);
        assertThat(post(browser, signature(appSecret(), now(), body), body).statusCode())
                .as("redelivery")
                .isEqualTo(200);

        PublishJob done = jobs.find(job.id()).orElseThrow();
        assertThat(done.state()).isEqualTo(JobState.COMPLETED);
        assertThat(done.postIds()).containsExactly("7300000000000000001");
    }

    @Test
    void completesAJobButStoresNoPostIdThatIsNoTikTokPostId() { // GH-10
        var browser = newBrowser();
        long user = signUp(browser, "leo.beats");
        PublishJob job = sentJob(user, "leo.beats", "p_pub_url~v2.webhook-3");
        String body = event(
                "post.publish.publicly_available",
                "leo.beats",
                "{\"publish_id\":\"p_pub_url~v2.webhook-3\",\"post_id\":\"<img src=x>\"}");

        HttpResponse<String> response = post(browser, signature(appSecret(), now(), body), body);

        assertThat(response.statusCode()).isEqualTo(200);
        PublishJob done = jobs.find(job.id()).orElseThrow();
        assertThat(done.state()).isEqualTo(JobState.COMPLETED);
        assertThat(done.postIds()).isEmpty();
    }

    @Test
    void deletesTheUsersTokensWhenTheAuthorizationIsRemoved() {
        var browser = newBrowser();
        long user = signUp(browser, "mia.moves");
        String body = event("authorization.removed", "mia.moves", "{\"reason\":1}");

        assertThat(post(browser, signature(appSecret(), now(), body), body).statusCode())
                .isEqualTo(200);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM tiktok_token WHERE user_id = :id")
                        .param("id", user)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE id = :id")
                        .param("id", user)
                        .query(Long.class)
                        .single())
                .as("the account stays")
                .isOne();
    }

    @Test
    void refusesASignedEventForAnotherAppAndChangesNothing(CapturedOutput output) {
        var browser = newBrowser();
        long user = signUp(browser, "kai.games");
        String body = event(
                "sbawsomeotherapp",
                "authorization.removed",
                "kai.games",
                "{\"reason\":1,\"x\":\"" + SECRET_MARKER + "\"}");

        HttpResponse<String> response = post(browser, signature(appSecret(), now(), body), body);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("another app");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM tiktok_token WHERE user_id = :id")
                        .param("id", user)
                        .query(Long.class)
                        .single())
                .as("the user's tokens stay")
                .isPositive();
        assertThat(output)
                .contains("Refused a signed TikTok webhook", "another app's client_key")
                .doesNotContain(SECRET_MARKER)
                .doesNotContain("sbawsomeotherapp");
    }

    @Test
    void refusesAWrongSecret(CapturedOutput output) {
        String body = event("authorization.removed", "noah.laughs", "{\"reason\":1,\"x\":\"" + SECRET_MARKER + "\"}");

        HttpResponse<String> response = post(newBrowser(), signature("not-the-secret", now(), body), body);

        assertRefused(response);
        assertThat(output)
                .contains("Refused a TikTok webhook", "SIGNATURE_MISMATCH")
                .doesNotContain(SECRET_MARKER);
    }

    @Test
    void refusesAStaleTimestamp(CapturedOutput output) {
        String body = event("authorization.removed", "noah.laughs", "{\"reason\":1,\"x\":\"" + SECRET_MARKER + "\"}");

        HttpResponse<String> response = post(
                newBrowser(),
                signature(appSecret(), now() - Duration.ofMinutes(10).toSeconds(), body),
                body);

        assertRefused(response);
        assertThat(output).contains("STALE_TIMESTAMP").doesNotContain(SECRET_MARKER);
    }

    @Test
    void refusesATamperedBody() {
        String body = event("authorization.removed", "noah.laughs", "{\"reason\":1}");
        String header = signature(appSecret(), now(), body);

        assertRefused(post(newBrowser(), header, body.replace("authorization.removed", "authorization.removes")));
    }

    @Test
    void refusesAnUnsignedCall() {
        String body = event("authorization.removed", "noah.laughs", "{\"reason\":1}");

        assertRefused(newBrowser().postJson("/webhooks/tiktok", body, Map.of()));
    }

    @Test
    void answersASignedEventWithAnImpossibleCreateTimeAsABadRequest() { // GH-10
        for (String createTime : new String[] {"-9223372036854775808", "18446744073709551616"}) {
            String body = event("authorization.removed", "noah.laughs", "{\"reason\":1}")
                    .replaceFirst("\"create_time\":\\d+", "\"create_time\":" + createTime);

            HttpResponse<String> response = post(newBrowser(), signature(appSecret(), now(), body), body);

            assertThat(response.statusCode()).as(createTime).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.body()).contains("\"title\":\"Malformed event\"");
        }
    }

    private static void assertRefused(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":401");
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }

    private PublishJob sentJob(long user, String username, String publishId) {
        String openId = emulator.account(username).orElseThrow().openId();
        PublishJob job = PublishJob.pending(
                UUID.randomUUID().toString(),
                user,
                openId,
                UUID.randomUUID().toString(),
                MediaKind.PHOTO,
                null,
                "card",
                null,
                null,
                new PostChoices("t", "", "SELF_ONLY", false, false, false, false, false),
                Instant.now());
        jobs.insert(job);
        jobs.initialised(job.id(), publishId, null, null, JobState.PROCESSING, Instant.now());
        return job;
    }

    private String event(String name, String username, String content) {
        return event("sbawbattlesimlocal", name, username, content);
    }

    private String event(String clientKey, String name, String username, String content) {
        String openId = emulator.account(username).orElseThrow().openId();
        return "{\"client_key\":\"" + clientKey + "\",\"event\":\"" + name + "\",\"create_time\":" + now()
                + ",\"user_openid\":\"" + openId + "\",\"content\":" + quoted(content) + "}";
    }

    private static String quoted(String json) {
        return "\"" + json.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private String appSecret() {
        return emulator.apps().all().stream()
                .map(RegisteredApp::clientSecret)
                .findFirst()
                .orElseThrow();
    }

    private static String signature(String secret, long timestamp, String body) {
        return new WebhookVerifier(secret, Duration.ofMinutes(5), Clock.systemUTC()).signatureHeader(timestamp, body);
    }

    private static HttpResponse<String> post(PublishBrowser browser, String signature, String body) {
        return browser.postJson("/webhooks/tiktok", body, Map.of("TikTok-Signature", signature));
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }
}
