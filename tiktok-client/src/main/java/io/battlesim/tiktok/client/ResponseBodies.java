package io.battlesim.tiktok.client;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads TikTok's two error shapes from the body, never trusting the HTTP status alone: the flat OAuth {@code
 * {error, error_description, log_id}} and the v2 envelope {@code {data, error: {code, message, log_id}}}.
 */
final class ResponseBodies {

    private ResponseBodies() {}

    /** The body of a successful OAuth answer, or the typed error it carries. */
    static JsonNode requireOAuthSuccess(Exchange exchange) {
        JsonNode body = requireJsonObject(exchange);
        Optional<TikTokApiException> error = error(exchange, body);
        if (error.isPresent()) {
            throw error.get();
        }
        if (!exchange.successful()) {
            throw unexpected(exchange, "an HTTP error without an error field");
        }
        return body;
    }

    /** The {@code data} object of a v2 answer whose {@code error.code} is {@code ok}, or the typed error. */
    static JsonNode requireV2Data(Exchange exchange) {
        JsonNode body = requireJsonObject(exchange);
        Optional<TikTokApiException> error = error(exchange, body);
        if (error.isPresent()) {
            throw error.get();
        }
        if (!body.path("error").isObject()) {
            throw unexpected(exchange, "a body without the error object");
        }
        if (!exchange.successful()) {
            throw unexpected(exchange, "error code ok with an HTTP error status");
        }
        return body.path("data");
    }

    static Optional<TikTokApiException> error(Exchange exchange, JsonNode body) {
        JsonNode error = body.path("error");
        if (error.isString() && !error.stringValue().isBlank()) {
            String description = Json.text(body, "error_description");
            return Optional.of(apiError(exchange, error.stringValue(), description, logId(exchange, body), true));
        }
        if (error.isObject()) {
            String code = Json.text(error, "code");
            if (code == null || code.isBlank()) {
                return Optional.of(unexpected(exchange, "an error object without a code"));
            }
            if (!"ok".equals(code)) {
                String message = Json.text(error, "message");
                return Optional.of(apiError(exchange, code, message, logId(exchange, error), false));
            }
        }
        return Optional.empty();
    }

    static TikTokApiException unexpected(Exchange exchange, String what) {
        String message = "TikTok answered HTTP " + exchange.status() + " with " + what;
        return new TikTokApiException(
                exchange.endpoint(),
                exchange.status(),
                TikTokApiException.UNEXPECTED_RESPONSE,
                message,
                exchange.logIdHeader(),
                false);
    }

    private static JsonNode requireJsonObject(Exchange exchange) {
        JsonNode body = Json.parseObject(exchange.body());
        if (body == null) {
            throw unexpected(exchange, "a body that is not a JSON object");
        }
        return body;
    }

    private static TikTokApiException apiError(
            Exchange exchange, String code, @Nullable String message, @Nullable String logId, boolean oauth) {
        String safeMessage =
                Secrets.redact(message == null ? "" : message, exchange.call().secrets());
        String safeCode = Secrets.redact(code, exchange.call().secrets());
        return new TikTokApiException(exchange.endpoint(), exchange.status(), safeCode, safeMessage, logId, oauth);
    }

    private static @Nullable String logId(Exchange exchange, JsonNode holder) {
        String logId = Json.text(holder, "log_id");
        if (logId == null || logId.isBlank()) {
            logId = Json.text(holder, "logid");
        }
        return logId == null || logId.isBlank() ? exchange.logIdHeader() : logId;
    }
}
