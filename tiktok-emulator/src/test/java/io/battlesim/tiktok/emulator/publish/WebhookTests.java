package io.battlesim.tiktok.emulator.publish;

import static io.battlesim.tiktok.emulator.publish.PublishHarness.AUDITED;
import static io.battlesim.tiktok.emulator.publish.PublishHarness.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.battlesim.tiktok.emulator.faults.PublishFailure;
import io.battlesim.tiktok.emulator.webhooks.WebhookDelivery;
import io.battlesim.tiktok.emulator.webhooks.WebhookSettings;
import io.battlesim.tiktok.emulator.webhooks.WebhookSignature;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class WebhookTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WebhookReceiver receiver = new WebhookReceiver();
    private final PublishHarness harness =
            PublishHarness.start(builder -> builder.webhookUrl(AUDITED.clientKey(), receiver.url())
                    .webhookSettings(new WebhookSettings(
                            Duration.ofMillis(20), Duration.ofMillis(100), 3, Duration.ofSeconds(5), 100)));
    private final String token = harness.token(AUDITED, PublishHarness.PUBLIC_CREATOR);

    @AfterEach
    void stop() {
        harness.close();
        receiver.close();
    }

    private String postPublicly() {
        HttpResponse<String> response = harness.post(
                "/v2/post/publish/video/init/",
                token,
                PublishHarness.fileUploadVideo("PUBLIC_TO_EVERYONE", 1000, 1000, 1));
        JsonNode data = json(response).get("data");
        harness.putChunk(URI.create(data.get("upload_url").asString()), 0, 999, 1000);
        harness.publishing.tick();
        return data.get("publish_id").asString();
    }

    private static JsonNode content(WebhookReceiver.Call call) {
        return JSON.readTree(JSON.readTree(call.body()).get("content").asString());
    }

    @Test
    void signsLikeTheFactsFileTestVector() {
        String body = "{\"client_key\":\"ck\",\"event\":\"authorization.removed\",\"create_time\":1615338610,"
                + "\"user_openid\":\"oid\",\"content\":\"{\\\"reason\\\":1}\"}";

        assertThat(WebhookSignature.header("test_client_secret", 1633174587, body.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("t=1633174587,s=d2ae2a9cbcb4c3bd83113d61b0cc635ec78e844d4165f6fff988288d16ff61dd");
    }

    @Test
    void sendsCompleteThenPubliclyAvailableSignedWithTheClientSecret() {
        String publishId = postPublicly();

        WebhookReceiver.Call complete = receiver.next("post.publish.complete");
        WebhookReceiver.Call available = receiver.next("post.publish.publicly_available");

        long t = PublishHarness.START.getEpochSecond();
        assertThat(complete.signature())
                .isEqualTo(WebhookSignature.header(
                        AUDITED.clientSecret(), t, complete.body().getBytes(StandardCharsets.UTF_8)));
        JsonNode envelope = JSON.readTree(complete.body());
        assertThat(envelope.get("client_key").asString()).isEqualTo(AUDITED.clientKey());
        assertThat(envelope.get("create_time").asLong()).isEqualTo(t);
        assertThat(envelope.get("user_openid").asString())
                .isEqualTo(harness.emulator
                        .account(PublishHarness.PUBLIC_CREATOR)
                        .orElseThrow()
                        .openId());
        assertThat(envelope.get("content").isString()).isTrue();
        assertThat(content(complete).get("publish_id").asString()).isEqualTo(publishId);
        assertThat(content(complete).get("publish_type").asString()).isEqualTo("DIRECT_PUBLISH");
        assertThat(content(available).get("post_id").asLong())
                .isEqualTo(harness.publishing
                        .task(publishId)
                        .orElseThrow()
                        .postIds()
                        .get(0));
    }

    @Test
    void retriesWithBackoffUntilTheAppAnswers2xx() {
        receiver.failNext(2);
        postPublicly();

        WebhookDelivery delivery = awaitDelivery("post.publish.complete");

        assertThat(delivery.attempts()).isBetween(1, 3);
        assertThat(awaitDelivery("post.publish.publicly_available").attempts()).isBetween(1, 3);
        assertThat(receiver.await("post.publish.complete", delivery.attempts()).body())
                .isEqualTo(delivery.body());
        assertThat(harness.emulator.webhooks().deliveries().stream()
                        .mapToInt(WebhookDelivery::attempts)
                        .sum())
                .isEqualTo(4); // two failures spread over the two events, then one success each
    }

    @Test
    void deliversEveryEventTwiceWithTheSamePayloadWhenDuplicatesAreOn() {
        harness.emulator.webhookDuplicateRate(1);
        postPublicly();

        WebhookReceiver.Call first = receiver.next("post.publish.complete");
        WebhookReceiver.Call second = receiver.await("post.publish.complete", 2);

        // no event id in TikTok's payload: a duplicate is byte for byte the same event
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(receiver.await("post.publish.publicly_available", 2).body())
                .isEqualTo(receiver.next("post.publish.publicly_available").body());
        assertThat(harness.emulator.webhooks().deliveries())
                .filteredOn(WebhookDelivery::duplicate)
                .extracting(WebhookDelivery::event)
                .containsExactlyInAnyOrder("post.publish.complete", "post.publish.publicly_available");
    }

    @Test
    void deliversEachEventOnceByDefault() {
        postPublicly();
        receiver.next("post.publish.publicly_available");
        PublishHarness.sleep(200); // a duplicate would follow after the first retry delay (20 ms here)

        assertThat(receiver.calls("post.publish.complete")).isEqualTo(1);
        assertThat(harness.emulator.webhooks().deliveries()).noneMatch(WebhookDelivery::duplicate);
    }

    @Test
    void givesUpAfterTheLastAttemptWhenTheAppIsUnreachable() {
        harness.emulator.webhooks().callbackUrl(AUDITED.clientKey(), "http://127.0.0.1:9/webhooks/tiktok");
        postPublicly();

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        WebhookDelivery delivery = harness.emulator.webhooks().deliveries().get(0);
        while (!delivery.state().equals("gave_up") && System.nanoTime() < deadline) {
            PublishHarness.sleep(20);
            delivery = harness.emulator.webhooks().deliveries().get(0);
        }

        assertThat(delivery.state()).isEqualTo("gave_up");
        assertThat(delivery.attempts()).isEqualTo(3);
        assertThat(delivery.lastStatus()).isZero();
    }

    @Test
    void reportsAFailureWithItsReason() {
        harness.publishing.failProcessing(new PublishFailure("frame_rate_check_failed", 1));
        String publishId = postPublicly();

        JsonNode failed = content(receiver.next("post.publish.failed"));

        assertThat(failed.get("publish_id").asString()).isEqualTo(publishId);
        assertThat(failed.get("reason").asString()).isEqualTo("frame_rate_check_failed");
    }

    @Test
    void announcesAnInboxDeliveryAsAnInboxShare() {
        HttpResponse<String> response = harness.post(
                "/v2/post/publish/inbox/video/init/",
                token,
                "{" + PublishHarness.fileUploadSource(1000, 1000, 1) + "}");
        harness.putChunk(URI.create(json(response).at("/data/upload_url").asString()), 0, 999, 1000);
        harness.publishing.tick();

        JsonNode delivered = content(receiver.next("post.publish.inbox_delivered"));

        assertThat(delivered.get("publish_type").asString()).isEqualTo("INBOX_SHARE");
    }

    @Test
    void announcesATakeDownWithTheDocumentedSpelling() {
        String publishId = postPublicly();
        receiver.next("post.publish.publicly_available");
        long postId = harness.publishing.task(publishId).orElseThrow().postIds().get(0);

        assertThat(harness.publishing.takeDown(postId)).isTrue();

        JsonNode gone = content(receiver.next("post.publish.no_longer_publicaly_available"));
        assertThat(gone.get("post_id").asLong()).isEqualTo(postId);
    }

    @Test
    void sendsAuthorizationRemovedWhenTheAppRevokes() {
        HttpResponse<String> revoke = harness.send(harness.request("/v2/oauth/revoke/")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("client_key=" + AUDITED.clientKey() + "&client_secret="
                        + AUDITED.clientSecret() + "&token=" + token))
                .build());

        assertThat(revoke.statusCode()).isEqualTo(200);
        assertThat(content(receiver.next("authorization.removed")).get("reason").asInt())
                .isEqualTo(5);
    }

    @Test
    void failsUnfinishedTasksAndTellsTheAppWhenTheUserDisconnects() {
        HttpResponse<String> response = harness.post(
                "/v2/post/publish/video/init/", token, PublishHarness.fileUploadVideo("SELF_ONLY", 1000, 1000, 1));
        String publishId = json(response).at("/data/publish_id").asString();

        assertThat(harness.emulator.disconnect(PublishHarness.PUBLIC_CREATOR, AUDITED.clientKey()))
                .isTrue();

        assertThat(content(receiver.next("post.publish.failed")).get("reason").asString())
                .isEqualTo("auth_removed");
        assertThat(content(receiver.next("authorization.removed")).get("reason").asInt())
                .isEqualTo(1);
        assertThat(harness.publishing.task(publishId).orElseThrow().failReason())
                .isEqualTo("auth_removed");
        assertThat(harness.creatorInfo(token).statusCode()).isEqualTo(401);
    }

    @Test
    void sendsNothingToAnAppWithoutACallbackUrl() {
        harness.emulator.webhooks().callbackUrl(AUDITED.clientKey(), null);

        postPublicly();

        assertThat(harness.emulator.webhooks().deliveries()).isEmpty();
    }

    @Test
    void refusesAPlainHttpCallbackOutsideLoopback() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> harness.emulator.webhooks().callbackUrl("k", "http://example.com/hook"));
    }

    private WebhookDelivery awaitDelivery(String event) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            List<WebhookDelivery> matching = harness.emulator.webhooks().deliveries().stream()
                    .filter(delivery ->
                            delivery.event().equals(event) && delivery.state().equals("delivered"))
                    .toList();
            if (!matching.isEmpty()) {
                return matching.get(0);
            }
            PublishHarness.sleep(20);
        }
        throw new AssertionError(
                event + " was not delivered: " + harness.emulator.webhooks().deliveries());
    }
}
