package io.battlesim.app.fuzz;

import io.battlesim.app.fuzz.FuzzRequest.Header;
import io.battlesim.tiktok.client.WebhookVerifier;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * TikTok's webhook calls: envelopes of every event the app knows (and some it does not) with mutated fields,
 * most correctly signed with the app's client secret so that they get past the signature check, the rest unsigned,
 * stale or signed with another secret.
 */
final class WebhookRequests {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> EVENTS = List.of(
            "post.publish.complete",
            "post.publish.inbox_delivered",
            "post.publish.publicly_available",
            "post.publish.failed",
            "post.publish.no_longer_publicaly_available",
            "authorization.removed",
            "video.upload.failed",
            "unknown.event");

    private final Values values;
    private final FuzzWorld world;
    private final Parts parts;
    private final JsonFuzz json;
    private final WebhookVerifier signer;
    private final WebhookVerifier otherSigner;

    WebhookRequests(Values values, FuzzWorld world, Parts parts, JsonFuzz json) {
        this.values = values;
        this.world = world;
        this.parts = parts;
        this.json = json;
        this.signer = new WebhookVerifier(world.webhookSecret(), Duration.ofMinutes(5), Clock.systemUTC());
        this.otherSigner = new WebhookVerifier("not-the-client-secret", Duration.ofMinutes(5), Clock.systemUTC());
    }

    FuzzRequest next() {
        JsonNode envelope = values.chance(0.6) ? json.mutate(envelope()) : envelope();
        byte[] body = json.bytes(envelope, 0.1);
        List<Header> headers = new ArrayList<>();
        headers.add(new Header("Content-Type", values.chance(0.9) ? "application/json" : parts.wrongContentType()));
        String accept = parts.apiAccept();
        if (!accept.isEmpty()) {
            headers.add(new Header("Accept", accept));
        }
        String signature = signature(new String(body, StandardCharsets.UTF_8));
        if (signature != null) {
            headers.add(new Header("TikTok-Signature", signature));
        }
        String path = values.chance(0.97) ? "/webhooks/tiktok" : "/webhooks/" + Parts.segment(values.text());
        return FuzzRequest.of("webhook", values.chance(0.97) ? "POST" : "PUT", path, headers, body, Session.NONE);
    }

    private ObjectNode envelope() {
        ObjectNode envelope = NODES.objectNode()
                .put("client_key", "sbawbattlesimlocal")
                .put("event", values.pick(EVENTS))
                .put("user_openid", values.chance(0.6) ? values.pick(world.openIds()) : values.text());
        switch (values.between(0, 9)) {
            case 0 -> envelope.put("create_time", values.number());
            case 1 -> envelope.set("create_time", json.wild());
            default -> envelope.put("create_time", Instant.now().getEpochSecond());
        }
        ObjectNode content = NODES.objectNode();
        String publishId = world.publishId();
        content.put("publish_id", publishId != null && values.chance(0.6) ? publishId : values.text());
        if (values.chance(0.5)) {
            content.put("post_id", values.chance(0.7) ? String.valueOf(values.nextLong()) : values.text());
        }
        if (values.chance(0.5)) {
            content.put("reason", values.pick("photo_pull_failed", "spam_risk", "1", values.text()));
        }
        switch (values.between(0, 5)) {
            case 0 -> envelope.set("content", content);
            case 1 -> envelope.set("content", json.wild());
            default -> envelope.put("content", content.toString());
        }
        return envelope;
    }

    /** The TikTok-Signature header: right, stale, from another secret, malformed or none at all. */
    private @Nullable String signature(String body) {
        long now = Instant.now().getEpochSecond();
        return switch (values.between(0, 19)) {
            case 0 -> null;
            case 1 -> signer.signatureHeader(now - 3_600, body);
            case 2 -> otherSigner.signatureHeader(now, body);
            case 3 -> values.pick("", "t=", "t=abc,s=00", "s=" + "0".repeat(64), values.ascii(values.between(1, 200)));
            case 4 -> signer.signatureHeader(now, body).replace("t=", "t=0");
            default -> signer.signatureHeader(now, body);
        };
    }
}
