package io.battlesim.app.live.api;

import io.battlesim.app.battle.ChatMessage;
import io.battlesim.engine.event.BattleEvent;
import java.util.Objects;

/** One parsed text frame of a room's event stream. */
public sealed interface LiveFrame {

    /** The frame's room-monotonic sequence number, or -1 when the frame had none. */
    long seq();

    /**
     * A frame the battle engine takes: a gift, likes, or one of TikTok's own battle events.
     *
     * @param seq the frame's sequence number
     * @param type the frame's {@code type}
     * @param event the engine event
     */
    record Event(long seq, String type, BattleEvent event) implements LiveFrame {
        public Event {
            Objects.requireNonNull(type, "type must not be null");
            Objects.requireNonNull(event, "event must not be null");
        }
    }

    /**
     * The room went LIVE or OFFLINE.
     *
     * @param seq the frame's sequence number
     * @param live whether the room is LIVE
     */
    record RoomStatus(long seq, boolean live) implements LiveFrame {}

    /**
     * The server no longer held some frames the cursor asked for: {@code from..to} are lost.
     *
     * @param seq the frame's sequence number (the last lost one)
     * @param from the first lost sequence number
     * @param to the last lost sequence number
     */
    record Gap(long seq, long from, long to) implements LiveFrame {}

    /**
     * A chat comment; it may be a viewer's vote command.
     *
     * @param seq the frame's sequence number
     * @param message the comment
     */
    record Chat(long seq, ChatMessage message) implements LiveFrame {
        public Chat {
            Objects.requireNonNull(message, "message must not be null");
        }
    }

    /**
     * A frame that scores nothing (member, an unknown type).
     *
     * @param seq the frame's sequence number
     * @param type the frame's {@code type}
     */
    record Other(long seq, String type) implements LiveFrame {
        public Other {
            Objects.requireNonNull(type, "type must not be null");
        }
    }

    /**
     * A frame that could not be read.
     *
     * @param seq the frame's sequence number, or -1
     * @param reason what is wrong with it
     */
    record Malformed(long seq, String reason) implements LiveFrame {
        public Malformed {
            Objects.requireNonNull(reason, "reason must not be null");
        }
    }
}
