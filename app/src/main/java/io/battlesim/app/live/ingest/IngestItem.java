package io.battlesim.app.live.ingest;

import io.battlesim.app.battle.ChatMessage;
import io.battlesim.engine.event.BattleEvent;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One event of an ingest request after validation. */
public sealed interface IngestItem {

    /** The event's {@code msgId}, or null when it had none. */
    @Nullable
    String msgId();

    /**
     * A gift or like for the battle engine.
     *
     * @param msgId the event id
     * @param type {@code gift} or {@code like}
     * @param event the engine event
     */
    record Scored(String msgId, String type, BattleEvent event) implements IngestItem {
        public Scored {
            Objects.requireNonNull(msgId, "msgId must not be null");
            Objects.requireNonNull(type, "type must not be null");
            Objects.requireNonNull(event, "event must not be null");
        }
    }

    /**
     * A chat comment, which votes when it is a command and the battle counts chat commands.
     *
     * @param msgId the event id
     * @param message the comment
     */
    record Chat(String msgId, ChatMessage message) implements IngestItem {
        public Chat {
            Objects.requireNonNull(msgId, "msgId must not be null");
            Objects.requireNonNull(message, "message must not be null");
        }
    }

    /**
     * A valid event that scores nothing (member, follow, share, roomUser, streamEnd).
     *
     * @param msgId the event id, or null
     * @param type its type
     */
    record Unscored(@Nullable String msgId, String type) implements IngestItem {
        public Unscored {
            Objects.requireNonNull(type, "type must not be null");
        }
    }

    /**
     * An event that cannot be taken.
     *
     * @param msgId the event id when it could be read, or null
     * @param field the first field in error
     * @param message what is wrong, naming the field
     */
    record Invalid(@Nullable String msgId, String field, String message) implements IngestItem {
        public Invalid {
            Objects.requireNonNull(field, "field must not be null");
            Objects.requireNonNull(message, "message must not be null");
        }
    }
}
