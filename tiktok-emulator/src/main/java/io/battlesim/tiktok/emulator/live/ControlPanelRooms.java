package io.battlesim.tiktok.emulator.live;

import static io.battlesim.tiktok.emulator.http.Html.escape;

import io.battlesim.tiktok.emulator.LiveGuest;
import io.battlesim.tiktok.emulator.LiveRoom;
import io.battlesim.tiktok.emulator.accounts.SandboxAccounts;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/** The control panel's room table, one row per creator with its pace and go-live/end forms. */
final class ControlPanelRooms {

    static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private ControlPanelRooms() {}

    static String table(List<LiveRoom> rooms, String base) {
        StringBuilder rows = new StringBuilder();
        for (LiveRoom room : rooms) {
            rows.append("<tr id=\"room-")
                    .append(escape(room.username()))
                    .append("\"><td><img class=\"avatar\" alt=\"\" src=\"")
                    .append(escape(SandboxAccounts.avatarUrl(base, room.username(), 100)))
                    .append("\"></td><td><b>")
                    .append(escape(room.displayName()))
                    .append("</b><br><span class=\"muted small\">@")
                    .append(escape(room.username()))
                    .append("</span><br><span class=\"small\">")
                    .append(escape(room.title()))
                    .append("</span></td><td>")
                    .append(status(room))
                    .append("</td><td>")
                    .append(room.viewerCount())
                    .append("</td><td>")
                    .append(guests(room.guests()))
                    .append("</td><td><code>")
                    .append(escape(room.roomId()))
                    .append("</code><br><span class=\"muted small\">seq ")
                    .append(room.lastSeq())
                    .append("</span></td><td>")
                    .append(paceForm(room, base))
                    .append("</td><td>")
                    .append(statusForm(room, base))
                    .append("</td></tr>");
        }
        return "<table><thead><tr><th></th><th>Creator</th><th>Status</th><th>Viewers</th><th>Guests</th>"
                + "<th>Room id</th><th>Pace (events/s)</th><th></th></tr></thead><tbody>" + rows + "</tbody></table>";
    }

    private static String status(LiveRoom room) {
        if (!room.live() || room.startedAt() == null) {
            return "<span class=\"pill\">OFFLINE</span>";
        }
        return "<span class=\"pill live\">LIVE</span><br><span class=\"muted small\">since "
                + TIME.format(room.startedAt()) + " UTC</span>";
    }

    private static String guests(List<LiveGuest> guests) {
        if (guests.isEmpty()) {
            return "<span class=\"muted\">none</span>";
        }
        return guests.stream()
                .map(guest -> "<span class=\"pill\" title=\"@" + escape(guest.username()) + "\">"
                        + escape(guest.displayName()) + "</span>")
                .collect(Collectors.joining());
    }

    private static String paceForm(LiveRoom room, String base) {
        return "<form method=\"post\" class=\"inline\" action=\"" + escape(base + ControlForms.PREFIX + "pace") + "\">"
                + hiddenUsername(room) + "<input class=\"pace\" type=\"number\" name=\"eventsPerSecond\" min=\"0\""
                + " max=\"1000\" step=\"0.5\" aria-label=\"Events per second for @" + escape(room.username())
                + "\" value=\"" + room.eventsPerSecond() + "\">"
                + "<button class=\"btn btn-secondary btn-sm\" type=\"submit\">Set</button></form>";
    }

    private static String statusForm(LiveRoom room, String base) {
        return "<form method=\"post\" class=\"inline\" action=\"" + escape(base + ControlForms.PREFIX + "status")
                + "\">" + hiddenUsername(room) + "<input type=\"hidden\" name=\"live\" value=\"" + !room.live()
                + "\"><button class=\"btn btn-sm "
                + (room.live() ? "btn-secondary\">End LIVE" : "btn-primary\">Go LIVE")
                + "</button></form>";
    }

    static String hiddenUsername(LiveRoom room) {
        return "<input type=\"hidden\" name=\"username\" value=\"" + escape(room.username()) + "\">";
    }
}
