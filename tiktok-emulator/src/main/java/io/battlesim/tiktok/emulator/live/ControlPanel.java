package io.battlesim.tiktok.emulator.live;

import static io.battlesim.tiktok.emulator.http.Html.escape;

import io.battlesim.tiktok.emulator.EmulatorResponse;
import io.battlesim.tiktok.emulator.LiveRoom;
import io.battlesim.tiktok.emulator.http.Endpoint;
import io.battlesim.tiktok.emulator.http.Exchange;
import io.battlesim.tiktok.emulator.http.HtmlPage;
import io.battlesim.tiktok.emulator.http.Responses;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /live/}: the LIVE control panel. Lists the rooms with their status, viewers, guests and pace, and has
 * forms to start and end broadcasts, change paces, pause the generator and send gifts, likes and chats; below,
 * the latest events of every room. Every untrusted text (names, titles, nicknames, comments) is escaped.
 */
final class ControlPanel implements Endpoint {

    static final String PATH = "/live/";

    private static final Map<String, String> NOTICES = Map.of(
            "status", "Broadcast status changed for ",
            "pace", "Pace changed for ",
            "gift", "Gift sent to ",
            "likes", "Likes sent to ",
            "chat", "Comment sent to ");

    private final LiveHub hub;

    ControlPanel(LiveHub hub) {
        this.hub = hub;
    }

    @Override
    public EmulatorResponse handle(Exchange exchange) {
        String base = exchange.baseUrl();
        List<LiveRoom> rooms = hub.rooms();
        String body = intro(base, exchange)
                + card("Rooms", ControlPanelRooms.table(rooms, base))
                + card("Send a gift", ControlPanelForms.gift(rooms, hub.gifts(), hub.viewerNicknames(), base))
                + card("Send likes or a comment", ControlPanelForms.likesAndChat(rooms, base))
                + card("Latest events", ControlPanelEvents.table(rooms, hub));
        return Responses.html(200, HtmlPage.document("LIVE rooms · TikTok emulator", body, true));
    }

    private String intro(String base, Exchange exchange) {
        boolean running = hub.generatorRunning();
        return "<section class=\"card\"><h1>LIVE rooms</h1><p class=\"muted\">The Live API of our design (not an"
                + " official TikTok API). Room lookup: <code>GET " + escape(base + RoomLookupEndpoint.PATH)
                + "?username=…</code> with a user access token. JSON control: <code>" + escape(base + ControlApi.PREFIX)
                + "{username}/gifts|likes|chat|status|pace</code>. <a href=\"" + escape(base + "/")
                + "\">Emulator status</a></p>"
                + notice(exchange)
                + "<form method=\"post\" class=\"inline\" action=\"" + escape(base + ControlForms.PREFIX + "generator")
                + "\"><span>Generator "
                + (running ? "<span class=\"pill good\">running</span>" : "<span class=\"pill bad\">paused</span>")
                + "</span><input type=\"hidden\" name=\"running\" value=\"" + !running + "\">"
                + "<button class=\"btn btn-secondary btn-sm\" type=\"submit\">" + (running ? "Pause all" : "Resume all")
                + "</button></form></section>";
    }

    private String notice(Exchange exchange) {
        Optional<String> kind = exchange.query().first("notice");
        if (kind.isPresent() && kind.get().equals("generator")) {
            return "<p class=\"notice\">Generator " + (hub.generatorRunning() ? "resumed." : "paused.") + "</p>";
        }
        Optional<LiveRoom> room = exchange.query().nonBlank("room").flatMap(hub::room);
        if (kind.isEmpty() || !NOTICES.containsKey(kind.get()) || room.isEmpty()) {
            return "";
        }
        return "<p class=\"notice\">" + NOTICES.get(kind.get()) + "@"
                + escape(room.get().username()) + " (last seq " + room.get().lastSeq() + ").</p>";
    }

    private static String card(String title, String content) {
        return "<section class=\"card\"><h2>" + escape(title) + "</h2>" + content + "</section>";
    }
}
