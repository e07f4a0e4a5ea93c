package io.battlesim.app.battle;

import io.battlesim.engine.event.Sender;
import java.util.Objects;

/**
 * A comment from a LIVE room's chat, as a source delivered it.
 *
 * @param msgId the source's message id; never null
 * @param roomId the room it was written in; never null
 * @param sender who wrote it; never null
 * @param comment the text, untrusted; never null
 * @param timestamp when it was written, epoch ms
 */
public record ChatMessage(String msgId, String roomId, Sender sender, String comment, long timestamp) {

    public ChatMessage {
        Objects.requireNonNull(msgId, "msgId must not be null");
        Objects.requireNonNull(roomId, "roomId must not be null");
        Objects.requireNonNull(sender, "sender must not be null");
        Objects.requireNonNull(comment, "comment must not be null");
    }
}
