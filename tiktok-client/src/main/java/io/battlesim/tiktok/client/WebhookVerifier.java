package io.battlesim.tiktok.client;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Verifies TikTok's {@code TikTok-Signature} header ({@code t=<unix seconds>,s=<hex HMAC-SHA256>}) over {@code t +
 * "." + raw body} with the app's client secret, compares in constant time, and refuses timestamps further than the
 * tolerance from now in either direction, so a captured call cannot be replayed later. Thread-safe.
 */
public final class WebhookVerifier {

    /** The tolerance public webhook code uses; TikTok documents none. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;
    private final Duration tolerance;
    private final Clock clock;

    /**
     * Creates a verifier.
     *
     * @param clientSecret the app's client secret, never null or blank
     * @param tolerance how far the signed timestamp may be from now, positive
     * @param clock the clock "now" is read from, never null
     */
    public WebhookVerifier(String clientSecret, Duration tolerance, Clock clock) {
        Objects.requireNonNull(clientSecret, "clientSecret must not be null");
        Objects.requireNonNull(tolerance, "tolerance must not be null");
        if (clientSecret.isBlank()) {
            throw new IllegalArgumentException("clientSecret must not be blank");
        }
        if (tolerance.isNegative() || tolerance.isZero()) {
            throw new IllegalArgumentException("tolerance must be positive but was " + tolerance);
        }
        this.key = new SecretKeySpec(clientSecret.getBytes(StandardCharsets.UTF_8), HMAC);
        this.tolerance = tolerance;
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    /**
     * Verifies one call and parses its envelope.
     *
     * @param signatureHeader the {@code TikTok-Signature} header value (look it up case-insensitively), may be null
     * @param rawBody the request body exactly as received, never null
     * @return the event, never null
     * @throws WebhookSignatureException when the header is malformed, the signature does not match, the timestamp
     *     is outside the tolerance or the body is not an envelope (an {@code event} name and a {@code create_time}
     *     in Unix seconds that is a representable instant)
     */
    public WebhookEvent verify(@Nullable String signatureHeader, String rawBody) {
        Objects.requireNonNull(rawBody, "rawBody must not be null");
        SignatureHeader header = SignatureHeader.parse(signatureHeader);
        byte[] expected = sign(header.timestamp() + "." + rawBody);
        if (!MessageDigest.isEqual(expected, header.signature())) {
            throw new WebhookSignatureException(
                    WebhookSignatureException.Reason.SIGNATURE_MISMATCH, "webhook signature does not match");
        }
        checkFresh(header.timestamp());
        return parse(rawBody);
    }

    /** The signature TikTok would send for {@code rawBody} at {@code timestamp}, for tests and emulators. */
    public String signatureHeader(long timestamp, String rawBody) {
        return "t=" + timestamp + ",s=" + HexFormat.of().formatHex(sign(timestamp + "." + rawBody));
    }

    private void checkFresh(long timestamp) {
        Duration age = Duration.between(Instant.ofEpochSecond(timestamp), clock.instant());
        if (age.abs().compareTo(tolerance) > 0) {
            throw new WebhookSignatureException(
                    WebhookSignatureException.Reason.STALE_TIMESTAMP,
                    "webhook timestamp is " + age.toSeconds() + " s from now, beyond the tolerance of "
                            + tolerance.toSeconds() + " s");
        }
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }

    private static WebhookEvent parse(String rawBody) {
        JsonNode body = Json.parseObject(rawBody.getBytes(StandardCharsets.UTF_8));
        String event = body == null ? null : Json.text(body, "event");
        Long createTime = body == null ? null : Json.number(body, "create_time");
        if (body == null || event == null || createTime == null || !isInstant(createTime)) {
            throw new WebhookSignatureException(
                    WebhookSignatureException.Reason.MALFORMED_BODY, "webhook body is not a TikTok event envelope");
        }
        JsonNode content = body.path("content");
        // TikTok sends content as a JSON document inside a string; tolerate an inline object too.
        String contentText = content.isString() ? content.stringValue() : content.isObject() ? content.toString() : "";
        return new WebhookEvent(
                orEmpty(Json.text(body, "client_key")),
                event,
                Instant.ofEpochSecond(createTime),
                orEmpty(Json.text(body, "user_openid")),
                contentText);
    }

    private static boolean isInstant(long epochSeconds) {
        return epochSeconds >= Instant.MIN.getEpochSecond() && epochSeconds <= Instant.MAX.getEpochSecond();
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    @Override
    public String toString() {
        return "WebhookVerifier[clientSecret=***, tolerance=" + tolerance + "]";
    }
}
