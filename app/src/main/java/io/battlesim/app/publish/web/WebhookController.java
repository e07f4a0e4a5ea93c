package io.battlesim.app.publish.web;

import io.battlesim.app.publish.job.TikTokWebhooks;
import io.battlesim.app.tiktok.TikTokConnection;
import io.battlesim.tiktok.client.WebhookEvent;
import io.battlesim.tiktok.client.WebhookSignatureException;
import io.battlesim.tiktok.client.WebhookVerifier;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * TikTok's webhook callback. The raw body is verified exactly as received (HMAC-SHA256 over {@code t.body} with
 * the client secret, timestamp within the tolerance) and must name this app's {@code client_key}; refused calls get
 * 401 (signature) or 403 (another app's event) problem+json (400 when the signature holds but the body is no event),
 * change nothing and are logged without their body. Accepted events answer 200 at once: TikTok retries anything else
 * for 72 hours.
 */
@RestController
class WebhookController {

    static final String PATH = "/webhooks/tiktok";
    private static final Logger log = LoggerFactory.getLogger(WebhookController.class);
    private static final int MAX_BODY = 64 * 1024;

    private final WebhookVerifier verifier;
    private final TikTokWebhooks webhooks;
    private final String clientKey;

    WebhookController(WebhookVerifier verifier, TikTokWebhooks webhooks, TikTokConnection connection) {
        this.verifier = verifier;
        this.webhooks = webhooks;
        this.clientKey = connection.clientKey();
    }

    @PostMapping(PATH)
    ResponseEntity<?> receive(
            @RequestHeader(name = "TikTok-Signature", required = false) @Nullable String signature,
            HttpServletRequest request)
            throws IOException {
        byte[] body = readBounded(request.getInputStream());
        if (body.length > MAX_BODY) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, "Body too large", "A webhook body is at most 64 KiB.");
        }
        WebhookEvent event;
        try {
            event = verifier.verify(signature, new String(body, StandardCharsets.UTF_8));
        } catch (WebhookSignatureException e) {
            log.warn(
                    "Refused a TikTok webhook from {}: {} ({} bytes, body not logged)",
                    request.getRemoteAddr(),
                    e.reason(),
                    body.length);
            return e.reason() == WebhookSignatureException.Reason.MALFORMED_BODY
                    ? problem(
                            HttpStatus.BAD_REQUEST,
                            "Malformed event",
                            "The body is not a TikTok event: it needs an event name and a create_time in Unix seconds.")
                    : problem(
                            HttpStatus.UNAUTHORIZED,
                            "Invalid signature",
                            "The TikTok-Signature header is missing, wrong or too old.");
        }
        if (!clientKey.equals(event.clientKey())) {
            // Correctly signed yet for another app: a replay from elsewhere, or a secret shared between apps.
            log.warn(
                    "Refused a signed TikTok webhook from {}: it names another app's client_key ({} bytes, body not"
                            + " logged)",
                    request.getRemoteAddr(),
                    body.length);
            return problem(HttpStatus.FORBIDDEN, "Wrong app", "The event is for another app's client_key.");
        }
        webhooks.handle(event);
        return ResponseEntity.ok().build();
    }

    private static byte[] readBounded(InputStream in) throws IOException {
        return in.readNBytes(MAX_BODY + 1);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setInstance(URI.create(PATH));
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
