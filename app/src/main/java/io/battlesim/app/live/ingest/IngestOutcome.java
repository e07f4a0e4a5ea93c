package io.battlesim.app.live.ingest;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The answer to one ingest request: per-event results, or a problem with the request as a whole. */
sealed interface IngestOutcome {

    /**
     * Every event was answered.
     *
     * @param results one per event, in request order
     */
    record Answered(List<EventResult> results) implements IngestOutcome {
        public Answered {
            results = List.copyOf(results);
        }

        long count(String status) {
            return results.stream()
                    .filter(result -> result.status().equals(status))
                    .count();
        }
    }

    /**
     * The request cannot be taken as it is; nothing was submitted.
     *
     * @param status the HTTP status (400, 409, 413)
     * @param title a short title
     * @param detail what to do about it
     * @param errors per-event errors (index, msgId, field, message), or empty
     */
    record Problem(int status, String title, String detail, List<Map<String, @Nullable Object>> errors)
            implements IngestOutcome {
        public Problem {
            Objects.requireNonNull(title, "title must not be null");
            Objects.requireNonNull(detail, "detail must not be null");
            errors = List.copyOf(errors);
        }

        static Problem of(int status, String title, String detail) {
            return new Problem(status, title, detail, List.of());
        }
    }

    /**
     * What became of one event.
     *
     * @param index its position in the request, from 0
     * @param msgId its {@code msgId}, or null when it had none
     * @param status {@code accepted}, {@code duplicate}, {@code late} or {@code rejected}
     * @param reason why it was rejected (naming the field), or a note; null when there is nothing to say
     */
    record EventResult(
            int index,
            @Nullable String msgId,
            String status,
            @Nullable String reason) {}
}
