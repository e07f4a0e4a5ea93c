package io.battlesim.tiktok.emulator.live;

import tools.jackson.databind.JsonNode;

/** Typed access to a control request's JSON fields; a missing or mistyped field is an {@link
 * IllegalArgumentException} naming it. */
final class JsonFields {

    private final JsonNode body;

    JsonFields(JsonNode body) {
        this.body = body;
    }

    String text(String name) {
        JsonNode value = body.get(name);
        if (value == null || !value.isString() || value.stringValue().isBlank()) {
            throw new IllegalArgumentException("The field " + name + " must be a non-empty string.");
        }
        return value.stringValue();
    }

    String textOrNumber(String name) {
        JsonNode value = body.get(name);
        if (value != null && value.isIntegralNumber()) {
            return String.valueOf(value.longValue());
        }
        return text(name);
    }

    int integer(String name, int fallback) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new IllegalArgumentException("The field " + name + " must be an integer.");
        }
        return value.intValue();
    }

    boolean bool(String name) {
        JsonNode value = body.get(name);
        if (value == null || !value.isBoolean()) {
            throw new IllegalArgumentException("The field " + name + " must be true or false.");
        }
        return value.booleanValue();
    }

    boolean bool(String name, boolean fallback) {
        JsonNode value = body.get(name);
        return value == null || value.isNull() ? fallback : bool(name);
    }

    double number(String name) {
        JsonNode value = body.get(name);
        if (value == null || !value.isNumber()) {
            throw new IllegalArgumentException("The field " + name + " must be a number.");
        }
        return value.doubleValue();
    }
}
