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
            long count = 0;
            for (EventResult result : results) {
                if (result.status().equals(status)) {
                    count++;
                }
            }
            return count;
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
     * What became of one event; each is applied whole or not at all, whatever became of the others.
     *
     * @param index its position in the request, from 0
     * @param msgId its {@code msgId}, or null when it had none
     * @param status {@code accepted} (logged and applied), {@code ignored} (logged, claims its id, but the battle
     *     applied nothing for it), {@code duplicate} (its msgId was taken before), {@code late} (after the end) or
     *     {@code rejected} (not taken: invalid, or send it again)
     * @param reason why it was ignored or rejected (naming the field where there is one), or a note; null when
     *     there is nothing to say
     */
    record EventResult(
            int index,
            @Nullable String msgId,
            String status,
            @Nullable String reason) {}
}
