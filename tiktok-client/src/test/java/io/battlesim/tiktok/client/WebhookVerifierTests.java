package io.battlesim.tiktok.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.battlesim.tiktok.client.WebhookSignatureException.Reason;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookVerifierTests {

    // The test vector from facts §5.
    private static final String SECRET = "test_client_secret";
    private static final long SIGNED_AT = 1633174587L;
    private static final String BODY = "{\"client_key\":\"ck\",\"event\":\"authorization.removed\","
            + "\"create_time\":1615338610,\"user_openid\":\"oid\",\"content\":\"{\\\"reason\\\":1}\"}";
    private static final String HEADER =
            "t=1633174587,s=d2ae2a9cbcb4c3bd83113d61b0cc635ec78e844d4165f6fff988288d16ff61dd";

    private final TestClock clock =
            new TestClock(Instant.ofEpochSecond(SIGNED_AT).plusSeconds(10));
    private final WebhookVerifier verifier = new WebhookVerifier(SECRET, Duration.ofMinutes(5), clock);

    @Test
    void acceptsTheDocumentedTestVectorAndParsesTheEnvelope() {
        WebhookEvent event = verifier.verify(HEADER, BODY);

        assertThat(event.clientKey()).isEqualTo("ck");
        assertThat(event.event()).isEqualTo("authorization.removed");
        assertThat(event.createTime()).isEqualTo(Instant.ofEpochSecond(1615338610));
        assertThat(event.userOpenId()).isEqualTo("oid");
        assertThat(event.content()).isEqualTo("{\"reason\":1}");
        assertThat(event.contentField("reason")).contains("1");
    }

    @Test
    void signsLikeTikTok() {
        assertThat(verifier.signatureHeader(SIGNED_AT, BODY)).isEqualTo(HEADER);
    }

    @Test
    void acceptsPartsInAnyOrderWithSpaces() {
        String reordered = "s=d2ae2a9cbcb4c3bd83113d61b0cc635ec78e844d4165f6fff988288d16ff61dd, t=1633174587";

        assertThat(verifier.verify(reordered, BODY).event()).isEqualTo("authorization.removed");
    }

    @Test
    void refusesASignatureMadeWithAnotherSecret() {
        WebhookVerifier other = new WebhookVerifier("another_client_secret", Duration.ofMinutes(5), clock);

        assertRefused(() -> other.verify(HEADER, BODY), Reason.SIGNATURE_MISMATCH);
    }

    @Test
    void refusesATamperedBody() {
        String tampered = BODY.replace("\"oid\"", "\"someone-else\"");

        assertRefused(() -> verifier.verify(HEADER, tampered), Reason.SIGNATURE_MISMATCH);
    }

    @Test
    void refusesATamperedTimestamp() {
        String header = HEADER.replace("t=1633174587", "t=1633174588");

        assertRefused(() -> verifier.verify(header, BODY), Reason.SIGNATURE_MISMATCH);
    }

    @Test
    void refusesAReplayOutsideTheTolerance() {
        clock.advance(Duration.ofMinutes(5));

        assertRefused(() -> verifier.verify(HEADER, BODY), Reason.STALE_TIMESTAMP);
    }

    @Test
    void refusesATimestampTooFarInTheFuture() {
        TestClock early = new TestClock(Instant.ofEpochSecond(SIGNED_AT).minus(Duration.ofMinutes(6)));
        WebhookVerifier verifierWithEarlyClock = new WebhookVerifier(SECRET, Duration.ofMinutes(5), early);

        assertRefused(() -> verifierWithEarlyClock.verify(HEADER, BODY), Reason.STALE_TIMESTAMP);
    }

    @Test
    void acceptsACallExactlyAtTheTolerance() {
        clock.advance(Duration.ofMinutes(5).minusSeconds(10));

        assertThat(verifier.verify(HEADER, BODY).userOpenId()).isEqualTo("oid");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "t=1633174587",
                "s=d2ae2a9cbcb4c3bd83113d61b0cc635ec78e844d4165f6fff988288d16ff61dd",
                "t=abc,s=d2ae2a9cbcb4c3bd83113d61b0cc635ec78e844d4165f6fff988288d16ff61dd",
                "t=1633174587,s=d2ae2a9c",
                "t=1633174587,s=zzae2a9cbcb4c3bd83113d61b0cc635ec78e844d4165f6fff988288d16ff61dd"
            })
    void refusesMalformedHeaders(String header) {
        assertRefused(() -> verifier.verify(header, BODY), Reason.MALFORMED_HEADER);
    }

    @Test
    void refusesAMissingHeader() {
        assertRefused(() -> verifier.verify(null, BODY), Reason.MALFORMED_HEADER);
    }

    @Test
    void refusesASignedBodyThatIsNoEnvelope() {
        String body = "[1,2,3]";
        String header = verifier.signatureHeader(SIGNED_AT, body);

        assertRefused(() -> verifier.verify(header, body), Reason.MALFORMED_BODY);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"-9223372036854775808", "9223372036854775807", "18446744073709551616", "1e400", "\"soon\"", "[]"
            })
    void refusesASignedBodyWhoseCreateTimeIsNoInstant(String createTime) { // GH-10
        String body = BODY.replace("1615338610", createTime);
        String header = verifier.signatureHeader(SIGNED_AT, body);

        assertRefused(() -> verifier.verify(header, body), Reason.MALFORMED_BODY);
    }

    @Test
    void neverPutsTheSecretOrBodyIntoMessages() {
        assertThatExceptionOfType(WebhookSignatureException.class)
                .isThrownBy(() -> verifier.verify(HEADER, BODY.replace("oid", "x")))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET, "x\""));
        assertThat(verifier.toString()).doesNotContain(SECRET);
    }

    @Test
    void givesDuplicateDeliveriesTheSameDedupKey() {
        WebhookEvent first = verifier.verify(HEADER, BODY);
        WebhookEvent again = verifier.verify(verifier.signatureHeader(SIGNED_AT + 5, BODY), BODY);

        assertThat(first.dedupKey()).isEqualTo(again.dedupKey()).hasSize(64);
    }

    @Test
    void acceptsBothSpellingsOfNoLongerPubliclyAvailable() {
        WebhookEvent documented = event(WebhookEvent.NO_LONGER_PUBLICALY_AVAILABLE);
        WebhookEvent fixed = event("post.publish.no_longer_publicly_available");

        assertThat(documented.isNoLongerPubliclyAvailable()).isTrue();
        assertThat(fixed.isNoLongerPubliclyAvailable()).isTrue();
        assertThat(event("post.publish.complete").isNoLongerPubliclyAvailable()).isFalse();
    }

    @Test
    void readsThePublishIdFromTheContentString() {
        assertThat(event("post.publish.complete").publishId()).contains("v_pub_file~v2-1.1");
    }

    private static WebhookEvent event(String name) {
        return new WebhookEvent(
                "ck", name, Instant.EPOCH, "oid", "{\"publish_id\":\"v_pub_file~v2-1.1\",\"post_id\":7}");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Reason reason) {
        assertThatExceptionOfType(WebhookSignatureException.class)
                .isThrownBy(call)
                .satisfies(e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
