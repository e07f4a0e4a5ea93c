package io.battlesim.tiktok.emulator.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** TikTok's webhook signature: {@code t=<unix seconds>,s=<lowercase hex HMAC-SHA256(secret, t + "." + body)>}. */
public final class WebhookSignature {

    /** The header TikTok sends the signature in. */
    public static final String HEADER = "TikTok-Signature";

    private WebhookSignature() {}

    /**
     * Signs a body.
     *
     * @param clientSecret the app's client secret, must not be null
     * @param unixSeconds the timestamp {@code t}
     * @param rawBody the exact body bytes as sent, must not be null
     * @return the header value, e.g. {@code t=1633174587,s=18494715…}, never null
     */
    public static String header(String clientSecret, long unixSeconds, byte[] rawBody) {
        Objects.requireNonNull(clientSecret, "clientSecret must not be null");
        Objects.requireNonNull(rawBody, "rawBody must not be null");
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(clientSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((unixSeconds + ".").getBytes(StandardCharsets.UTF_8));
            return "t=" + unixSeconds + ",s=" + HexFormat.of().formatHex(mac.doFinal(rawBody));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
