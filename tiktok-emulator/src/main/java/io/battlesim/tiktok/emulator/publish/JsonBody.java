package io.battlesim.tiktok.emulator.publish;

import io.battlesim.tiktok.emulator.http.Exchange;
import io.battlesim.tiktok.emulator.http.Json;
import io.battlesim.tiktok.emulator.http.MalformedRequestException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Typed reads from a Content Posting JSON body; anything malformed is TikTok's 400 {@code invalid_param}. */
final class JsonBody {

    private JsonBody() {}

    static JsonNode read(Exchange exchange) {
        if (!exchange.hasContentType("application/json")) {
            throw PublishError.invalidParam("The Content-Type must be application/json; charset=UTF-8.");
        }
        try {
            JsonNode body = Json.read(exchange.readBody());
            if (!body.isObject()) {
                throw PublishError.invalidParam("The body must be a JSON object.");
            }
            return body;
        } catch (MalformedRequestException e) {
            throw PublishError.invalidParam(e.getMessage());
        }
    }

    static JsonNode object(JsonNode parent, String name) {
        JsonNode value = parent.get(name);
        if (value == null || !value.isObject()) {
            throw PublishError.invalidParam(name + " is required and must be an object.");
        }
        return value;
    }

    static @Nullable String text(JsonNode parent, String name) {
        JsonNode value = parent.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw PublishError.invalidParam(name + " must be a string.");
        }
        return value.asString();
    }

    static String requiredText(JsonNode parent, String name) {
        String value = text(parent, name);
        if (value == null || value.isBlank()) {
            throw PublishError.invalidParam(name + " is required.");
        }
        return value;
    }

    static boolean flag(JsonNode parent, String name) {
        JsonNode value = parent.get(name);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw PublishError.invalidParam(name + " must be true or false.");
        }
        return value.booleanValue();
    }

    static long requiredLong(JsonNode parent, String name) {
        JsonNode value = parent.get(name);
        if (value == null || !value.isIntegralNumber()) {
            throw PublishError.invalidParam(name + " is required and must be an integer.");
        }
        return value.longValue();
    }

    static List<String> texts(JsonNode parent, String name) {
        JsonNode value = parent.get(name);
        if (value == null || !value.isArray()) {
            throw PublishError.invalidParam(name + " is required and must be a list of URLs.");
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isString()) {
                throw PublishError.invalidParam(name + " must contain only strings.");
            }
            texts.add(item.asString());
        }
        return texts;
    }

    /** TikTok counts caption limits in UTF-16 code units, which is what {@link String#length()} counts. */
    static void requireMaxLength(@Nullable String text, int max, String name) {
        if (text != null && text.length() > max) {
            throw PublishError.invalidParam(name + " is longer than " + max + " characters (UTF-16 units).");
        }
    }
}
