package io.battlesim.app.live.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Typed reads of an event's fields; every failure names the field. */
final class Fields {

    private static final int MAX_TEXT = 1_000;
    private static final Pattern DIGITS = Pattern.compile("-?\\d+");

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
        return requiredLong(name, min, max, null);
    }

    /** As {@link #requiredLong(String, long, long)}; {@code limit} says what the maximum stands for. */
    long requiredLong(String name, long min, long max, @Nullable String limit) {
        return optionalLong(name, min, max, limit).orElseThrow(() -> missing(name));
    }

    Optional<Long> optionalLong(String name, long min, long max) {
        return optionalLong(name, min, max, null);
    }

    /**
     * An integer, or a string of decimal digits (TikTok-Live-Connector sends some numbers as strings). One beyond
     * a long is out of range like any other, not "not an integer".
     */
    Optional<Long> optionalLong(String name, long min, long max, @Nullable String limit) {
        JsonNode value = event.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        long number;
        if (value.isIntegralNumber()) {
            if (!value.canConvertToLong()) {
                throw outOfRange(name, value.bigIntegerValue().signum() < 0, min, max, limit);
            }
            number = value.longValue();
        } else if (value.isString()
                && DIGITS.matcher(value.stringValue().strip()).matches()) {
            String digits = value.stringValue().strip();
            try {
                number = Long.parseLong(digits);
            } catch (NumberFormatException e) {
                throw outOfRange(name, digits.startsWith("-"), min, max, limit);
            }
        } else {
            throw new IngestEventReader.InvalidField(name, name + " must be an integer");
        }
        if (number < min || number > max) {
            throw outOfRange(name, number < min, min, max, limit);
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

    /** Names the bound the number passed: a value too large is never answered "must not be negative". */
    private static IngestEventReader.InvalidField outOfRange(
            String name, boolean tooSmall, long min, long max, @Nullable String limit) {
        String message;
        if (tooSmall) {
            message = min == 0 ? name + " must not be negative" : name + " must be at least " + grouped(min);
        } else {
            message = name + " must be at most " + grouped(max) + (limit == null ? "" : " (" + limit + ")");
        }
        return new IngestEventReader.InvalidField(name, message);
    }

    private static String grouped(long number) {
        return String.format(Locale.ROOT, "%,d", number);
    }
}
