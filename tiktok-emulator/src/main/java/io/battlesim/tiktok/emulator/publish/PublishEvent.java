package io.battlesim.tiktok.emulator.publish;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@code post.publish.*} webhook event a task produced.
 *
 * @param name the event name
 * @param content the fields of the event's {@code content}
 */
record PublishEvent(String name, Map<String, Object> content) {

    static PublishEvent of(String name, PublishTask task, Object... extra) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("publish_id", task.publishId());
        for (int i = 0; i < extra.length; i += 2) {
            content.put((String) extra[i], extra[i + 1]);
        }
        content.put("publish_type", task.kind().publishType());
        return new PublishEvent(name, content);
    }
}
