package io.battlesim.app.live.ingest;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Typed reads of an event's fields; every failure names the field. */
final class Fields {

    private static final int MAX_TEXT = 1_000;

    private final JsonNode event;

    Fields(JsonNode event) {
        this.event = event;
    }

    String requiredText(String name) {
        return optionalText(name).orElseThrow(() -> missing(name));
    }

    /** A string, or an integer taken as its decimal text (ids); blank counts as absent. */
    Optional<String> optionalText(String name) {
        JsonNode value = event.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        String text;
        if (value.isString()) {
            text = value.stringValue().strip();
        } else if (value.isIntegralNumber()) {
            text = value.bigIntegerValue().toString();
        } else {
            throw new IngestEventReader.InvalidField(name, name + " must be a string");
        }
        if (text.length() > MAX_TEXT) {
            throw new IngestEventReader.InvalidField(name, name + " must be at most " + MAX_TEXT + " characters");
        }
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    long requiredLong(String name, long min, long max) {
        return optionalLong(name, min, max).orElseThrow(() -> missing(name));
    }

    /** An integer, or a string of decimal digits (TikTok-Live-Connector sends some numbers as strings). */
    Optional<Long> optionalLong(String name, long min, long max) {
        JsonNode value = event.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        long number;
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            number = value.longValue();
        } else if (value.isString() && value.stringValue().strip().matches("-?\\d{1,18}")) {
            number = Long.parseLong(value.stringValue().strip());
        } else {
            throw new IngestEventReader.InvalidField(name, name + " must be an integer");
        }
        if (number < min || number > max) {
            throw new IngestEventReader.InvalidField(name, range(name, min, max));
        }
        return Optional.of(number);
    }

    Optional<Boolean> optionalBoolean(String name) {
        JsonNode value = event.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            throw new IngestEventReader.InvalidField(name, name + " must be true or false");
        }
        return Optional.of(value.booleanValue());
    }

    /** The {@code msgId} for the answer, when it is readable at all. */
    @Nullable
    String msgIdOrNull() {
        try {
            return optionalText("msgId").orElse(null);
        } catch (IngestEventReader.InvalidField e) {
            return null;
        }
    }

    private static IngestEventReader.InvalidField missing(String name) {
        return new IngestEventReader.InvalidField(name, name + " is required");
    }

    private static String range(String name, long min, long max) {
        if (max == Long.MAX_VALUE || max == Integer.MAX_VALUE) {
            return min == 0 ? name + " must not be negative" : name + " must be at least " + min;
        }
        return name + " must be between " + min + " and " + max;
    }
}
