package io.battlesim.tiktok.emulator.live;

import static io.battlesim.tiktok.emulator.http.Html.escape;

import io.battlesim.tiktok.emulator.LiveRoom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The control panel's table of the latest events over all rooms, newest first. */
final class ControlPanelEvents {

    private static final int PER_ROOM = 12;
    private static final int SHOWN = 30;

    private record Row(LiveRoom room, JsonNode frame) {}

    private ControlPanelEvents() {}

    static String table(List<LiveRoom> rooms, LiveHub hub) {
        List<Row> rows = new ArrayList<>();
        for (LiveRoom room : rooms) {
            hub.recentFrames(room.roomId(), PER_ROOM).forEach(frame -> rows.add(new Row(room, LiveJson.frame(frame))));
        }
        rows.sort(Comparator.comparingLong(
                        (Row row) -> row.frame().get("timestamp").longValue())
                .thenComparingLong(row -> row.frame().get("seq").longValue())
                .reversed());
        StringBuilder html = new StringBuilder();
        rows.stream().limit(SHOWN).forEach(row -> html.append(row(row)));
        return "<table><thead><tr><th>Time (UTC)</th><th>Room</th><th>Seq</th><th>Type</th><th>From</th>"
                + "<th>Details</th></tr></thead><tbody>" + html + "</tbody></table>";
    }

    private static String row(Row row) {
        JsonNode frame = row.frame();
        JsonNode user = frame.get("user");
        return "<tr><td class=\"mono\">"
                + ControlPanelRooms.TIME.format(
                        Instant.ofEpochMilli(frame.get("timestamp").longValue()))
                + "</td><td>@" + escape(row.room().username()) + "</td><td class=\"mono\">"
                + frame.get("seq").longValue() + "</td><td><span class=\"pill\">"
                + escape(frame.get("type").asString()) + "</span></td><td>"
                + (user == null ? "" : escape(user.get("nickname").asString())) + "</td><td>"
                + details(frame, row.room()) + "</td></tr>";
    }

    private static String details(JsonNode frame, LiveRoom room) {
        return switch (frame.get("type").asString()) {
            case "gift" -> gift(frame, room);
            case "like" ->
                "+" + frame.get("like_count").longValue() + " likes (total "
                        + frame.get("total_like_count").longValue() + ")";
            case "chat" -> "&ldquo;" + escape(frame.get("comment").asString()) + "&rdquo;";
            case "member" -> "joined";
            case "room_status" -> escape(frame.get("status").asString());
            default -> "";
        };
    }

    private static String gift(JsonNode frame, LiveRoom room) {
        JsonNode gift = frame.get("gift");
        String receiver = frame.get("receiver_user_id").asString();
        String to = room.guests().stream()
                .filter(guest -> guest.userId().equals(receiver))
                .map(guest -> " &rarr; " + escape(guest.displayName()))
                .findFirst()
                .orElse("");
        String state = gift.get("type").intValue() != 1
                ? ""
                : frame.get("repeat_end").booleanValue()
                        ? " <span class=\"pill good\">end</span>"
                        : " <span class=\"pill\">streak</span>";
        return escape(gift.get("name").asString()) + " &times;"
                + frame.get("repeat_count").intValue() + " ("
                + gift.get("diamond_count").intValue() + " coins each)" + state + to;
    }
}
