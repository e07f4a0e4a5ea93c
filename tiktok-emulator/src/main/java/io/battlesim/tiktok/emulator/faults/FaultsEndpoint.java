package io.battlesim.tiktok.emulator.faults;

import io.battlesim.tiktok.emulator.EmulatorResponse;
import io.battlesim.tiktok.emulator.FaultSettings;
import io.battlesim.tiktok.emulator.http.ApiEnvelope;
import io.battlesim.tiktok.emulator.http.Exchange;
import io.battlesim.tiktok.emulator.http.Json;
import io.battlesim.tiktok.emulator.http.Responses;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /faults} shows the fault settings; {@code POST /faults} with a JSON object changes the fields it
 * names ({@code latencyMs}, {@code serverErrorRate}, {@code forced429Rate}, {@code dropRate}, and for Content
 * Posting {@code publishFailureRate} with {@code publishFailReason}, a documented {@code fail_reason}, and for
 * webhooks {@code webhookDuplicateRate}, the share of events delivered twice).
 */
final class FaultsEndpoint {

    private static final Set<String> FIELDS = Set.of(
            "latencyMs", "serverErrorRate", "forced429Rate", "dropRate", "publishFailureRate", "webhookDuplicateRate");
    private static final String REASON = "publishFailReason";

    private final Faults faults;

    FaultsEndpoint(Faults faults) {
        this.faults = faults;
    }

    EmulatorResponse read(Exchange exchange) {
        return Responses.json(200, toJson(faults.settings(), faults.publishFailure(), faults.webhookDuplicateRate()));
    }

    EmulatorResponse update(Exchange exchange) {
        if (!exchange.hasContentType("application/json")) {
            return badRequest("The Content-Type must be application/json.", exchange);
        }
        JsonNode body = Json.read(exchange.readBody());
        if (!body.isObject()) {
            return badRequest("The body must be a JSON object.", exchange);
        }
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            if (field.getKey().equals(REASON) && field.getValue().isString()) {
                continue;
            }
            if (!FIELDS.contains(field.getKey()) || !field.getValue().isNumber()) {
                return badRequest(
                        "Expected numeric fields among " + FIELDS + ", got " + field.getKey() + ".", exchange);
            }
        }
        try {
            FaultSettings updated = merge(faults.settings(), body);
            PublishFailure failure = mergePublish(faults.publishFailure(), body);
            double duplicates = number(body, "webhookDuplicateRate", faults.webhookDuplicateRate());
            faults.webhookDuplicateRate(
                    duplicates); // the only setter that checks its value: first, so none half-applies
            faults.settings(updated);
            faults.publishFailure(failure);
            return Responses.json(200, toJson(updated, failure, duplicates));
        } catch (IllegalArgumentException e) {
            return badRequest(e.getMessage(), exchange);
        }
    }

    static Map<String, Object> toJson(FaultSettings settings, PublishFailure failure, double webhookDuplicateRate) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("latencyMs", settings.latency().toMillis());
        json.put("serverErrorRate", settings.serverErrorRate());
        json.put("forced429Rate", settings.forced429Rate());
        json.put("dropRate", settings.dropRate());
        json.put("publishFailureRate", failure.rate());
        json.put(REASON, failure.failReason());
        json.put("webhookDuplicateRate", webhookDuplicateRate);
        return json;
    }

    private static PublishFailure mergePublish(PublishFailure current, JsonNode body) {
        String reason = body.has(REASON) ? body.get(REASON).asString() : current.failReason();
        return new PublishFailure(reason, number(body, "publishFailureRate", current.rate()));
    }

    private static FaultSettings merge(FaultSettings current, JsonNode body) {
        Duration latency =
                body.has("latencyMs") ? Duration.ofMillis(body.get("latencyMs").asLong()) : current.latency();
        return new FaultSettings(
                latency,
                number(body, "serverErrorRate", current.serverErrorRate()),
                number(body, "forced429Rate", current.forced429Rate()),
                number(body, "dropRate", current.dropRate()));
    }

    private static double number(JsonNode body, String field, double fallback) {
        return body.has(field) ? body.get(field).asDouble() : fallback;
    }

    private static EmulatorResponse badRequest(String message, Exchange exchange) {
        return ApiEnvelope.error(400, "invalid_params", message, exchange.logId());
    }
}
