package io.battlesim.app.live.replay;

import io.battlesim.app.live.ingest.IngestEventReader;
import io.battlesim.app.live.ingest.IngestItem;
import io.battlesim.engine.event.BattleEvent;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A JSON Lines recording, parsed and validated completely: either every event, or every bad line. */
sealed interface ReplayFile {

    /**
     * Every line is a valid event.
     *
     * @param events the scoring events in file order with their recorded times
     * @param lines how many events the file holds (scoring or not)
     */
    record Valid(List<Recorded> events, int lines) implements ReplayFile {
        public Valid {
            events = List.copyOf(events);
        }
    }

    /**
     * Some lines are bad; nothing may be replayed.
     *
     * @param errors one per bad line
     */
    record Invalid(List<LineError> errors) implements ReplayFile {
        public Invalid {
            errors = List.copyOf(errors);
        }
    }

    /**
     * One scoring event of the recording.
     *
     * @param line its line number, from 1
     * @param createTime when it was recorded, epoch milliseconds
     * @param msgId its id
     * @param event the engine event (its timestamp is replaced when it is submitted)
     */
    record Recorded(int line, long createTime, String msgId, BattleEvent event) {
        public Recorded {
            Objects.requireNonNull(msgId, "msgId must not be null");
            Objects.requireNonNull(event, "event must not be null");
        }
    }

    /**
     * What is wrong with one line.
     *
     * @param line the line number, from 1
     * @param field the field in error ({@code line} when the line is not a JSON object)
     * @param message why, naming the field
     */
    record LineError(int line, String field, String message) {}

    /**
     * Parses a recording.
     *
     * @param content the file, UTF-8; blank lines are skipped
     * @param reader validates each event against the battle's rooms
     * @param json the JSON mapper
     * @param maxEvents the most events accepted
     * @return the events or the bad lines; never null
     */
    static ReplayFile parse(byte[] content, IngestEventReader reader, JsonMapper json, int maxEvents) {
        List<String> lines = lines(content);
        if (lines == null) {
            return new Invalid(List.of(new LineError(0, "file", "the file is not UTF-8 text")));
        }
        List<Recorded> events = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        int count = 0;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            if (text.isEmpty()) {
                continue;
            }
            if (++count > maxEvents) {
                errors.add(new LineError(i + 1, "file", "the file holds more than " + maxEvents + " events"));
                break;
            }
            parseLine(i + 1, text, reader, json, events, errors);
        }
        if (count == 0 && errors.isEmpty()) {
            errors.add(new LineError(0, "file", "the file holds no events"));
        }
        return errors.isEmpty() ? new Valid(events, count) : new Invalid(errors);
    }

    private static void parseLine(
            int line,
            String text,
            IngestEventReader reader,
            JsonMapper json,
            List<Recorded> events,
            List<LineError> errors) {
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JacksonException e) {
            errors.add(new LineError(line, "line", "not valid JSON"));
            return;
        }
        if (!node.isObject()) {
            errors.add(new LineError(line, "line", "each line must be one JSON object"));
            return;
        }
        JsonNode createTime = node.get("createTime");
        if (createTime == null || createTime.isNull()) {
            errors.add(new LineError(line, "createTime", "createTime is required (epoch milliseconds)"));
            return;
        }
        switch (reader.read(node, 0)) {
            case IngestItem.Invalid invalid -> errors.add(new LineError(line, invalid.field(), invalid.message()));
            case IngestItem.Unscored unscored -> {
                // valid, scores nothing: nothing to submit
            }
            case IngestItem.Chat chat -> {
                // a recorded comment is not a vote of today's audience: nothing to submit
            }
            case IngestItem.Scored scored ->
                events.add(new Recorded(
                        line, Long.parseLong(createTime.asString().strip()), scored.msgId(), scored.event()));
        }
    }

    private static @Nullable List<String> lines(byte[] content) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (var in = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(content), decoder))) {
            return in.lines().toList();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                return null;
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
