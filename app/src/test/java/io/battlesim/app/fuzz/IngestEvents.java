package io.battlesim.app.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * LIVE events in TikTok-Live-Connector's shape, as the ingest API, its WebSocket and the replay files take them:
 * mostly well formed (so they reach scoring), then mutated.
 */
final class IngestEvents {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> TYPES =
            List.of("gift", "gift", "gift", "like", "chat", "member", "follow", "share", "roomUser", "streamEnd");

    private final Values values;
    private final JsonFuzz json;
    private long time = 1_763_800_000_000L;

    IngestEvents(Values values, JsonFuzz json) {
        this.values = values;
        this.json = json;
    }

    /** One request body: an array, {@code {"events": [...]}} or one event, now and then far too many. */
    byte[] batch() {
        int size = values.chance(0.01) ? 1_001 : values.between(1, 12);
        ArrayNode events = NODES.arrayNode();
        for (int i = 0; i < size; i++) {
            events.add(event());
        }
        JsonNode body = switch (values.between(0, 5)) {
            case 0 -> NODES.objectNode().set("events", events);
            case 1 -> events.get(0);
            default -> events;
        };
        return json.bytes(values.chance(0.5) ? json.mutate(body) : body, 0.1);
    }

    /** A replay file: one event per line with its createTime, some lines broken. */
    byte[] recording() {
        StringBuilder lines = new StringBuilder();
        int count = values.between(0, 30);
        for (int i = 0; i < count; i++) {
            ObjectNode event = event();
            event.put("createTime", time += values.between(0, 400));
            JsonNode line = values.chance(0.15) ? json.mutate(event) : event;
            lines.append(new String(json.bytes(line, 0.05), StandardCharsets.UTF_8))
                    .append(values.chance(0.05) ? "\r\n" : "\n");
        }
        if (values.chance(0.1)) {
            lines.append(values.text());
        }
        return lines.toString().getBytes(StandardCharsets.UTF_8);
    }

    ObjectNode event() {
        String type = values.pick(TYPES);
        ObjectNode event = NODES.objectNode()
                .put("type", values.chance(0.95) ? type : values.text())
                .put("msgId", "m" + values.between(0, 5_000))
                .put("userId", String.valueOf(values.between(1, 50)))
                .put("uniqueId", values.username().replace("@", ""))
                .put("nickname", values.chance(0.8) ? "Fan" : values.text())
                .put("roomId", values.pick("ava.sparks", "leo.beats", "@ava.sparks", "nobody.here", ""));
        if (values.chance(0.5)) {
            event.put("createTime", String.valueOf(time += values.between(0, 500)));
        }
        switch (type) {
            case "gift" -> gift(event);
            case "like" ->
                event.put("likeCount", values.between(1, 50)).put("totalLikeCount", values.between(1, 9_999));
            case "chat" -> event.put("comment", values.chance(0.7) ? "gg" : values.text());
            case "roomUser" -> event.put("viewerCount", values.between(0, 100_000));
            default -> {
                // member, follow, share and streamEnd carry only the common fields
            }
        }
        return event;
    }

    private void gift(ObjectNode event) {
        boolean streakable = values.chance(0.7);
        event.put("giftId", values.pick(5655, 5655, 5760, 6064, 7934, 1, 999_999))
                .put("giftName", values.pick("Rose", "Weights", "GG", "Heart Me"))
                .put("giftType", streakable ? 1 : 2)
                .put("diamondCount", values.pick(1, 1, 5, 99, 29_999))
                .put("repeatCount", values.between(1, 30))
                .put("repeatEnd", values.chance(0.5))
                .put("groupId", String.valueOf(values.between(1, 20)));
        if (values.chance(0.2)) {
            event.put("receiverUserId", values.pick("ava.sparks", "leo.beats", values.ascii(8)));
        }
    }
}
