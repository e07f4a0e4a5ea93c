package io.battlesim.tiktok.emulator.live;

import static io.battlesim.tiktok.emulator.http.Html.escape;

import io.battlesim.tiktok.emulator.LiveGift;
import io.battlesim.tiktok.emulator.LiveRoom;
import java.util.List;
import java.util.stream.Collectors;

/** The control panel's forms to send a gift, likes or a comment to a LIVE room. */
final class ControlPanelForms {

    private ControlPanelForms() {}

    static String gift(List<LiveRoom> rooms, List<LiveGift> gifts, List<String> nicknames, String base) {
        return "<form method=\"post\" class=\"form-grid\" action=\"" + escape(base + ControlForms.PREFIX + "gift")
                + "\">" + roomSelect(rooms) + senderInput(nicknames)
                + "<label>Gift<select name=\"gift\">" + giftOptions(gifts) + "</select></label>"
                + "<label>Count (taps or units)<input type=\"number\" name=\"count\" min=\"1\" max=\"999\""
                + " value=\"1\" required></label>"
                + "<div class=\"checks\"><label class=\"check\"><input type=\"checkbox\" name=\"toGuest\""
                + " value=\"true\"> To the room's guest</label><label class=\"check\"><input type=\"checkbox\""
                + " name=\"withoutEnd\" value=\"true\"> Lose the streak's end event</label></div>"
                + "<button class=\"btn btn-primary\" type=\"submit\">Send gift</button></form>"
                + "<p class=\"muted small\">Streakable gifts (type 1) arrive as one event per tap with the cumulative"
                + " count, then an end event; other gifts arrive as one event.</p>";
    }

    static String likesAndChat(List<LiveRoom> rooms, String base) {
        return "<form method=\"post\" class=\"form-grid\" action=\"" + escape(base + ControlForms.PREFIX + "likes")
                + "\">" + roomSelect(rooms) + senderInput(List.of())
                + "<label>Likes<input type=\"number\" name=\"count\" min=\"1\" max=\"100000\" value=\"15\""
                + " required></label><button class=\"btn btn-secondary\" type=\"submit\">Send likes</button></form>"
                + "<form method=\"post\" class=\"form-grid\" action=\"" + escape(base + ControlForms.PREFIX + "chat")
                + "\">" + roomSelect(rooms) + senderInput(List.of())
                + "<label>Comment<input type=\"text\" name=\"comment\" maxlength=\"300\" required></label>"
                + "<button class=\"btn btn-secondary\" type=\"submit\">Send comment</button></form>";
    }

    private static String roomSelect(List<LiveRoom> rooms) {
        String options = rooms.stream()
                .map(room -> "<option value=\"" + escape(room.username()) + "\"" + (room.live() ? "" : " disabled")
                        + ">@" + escape(room.username()) + (room.live() ? "" : " (offline)") + "</option>")
                .collect(Collectors.joining());
        return "<label>Room<select name=\"username\">" + options + "</select></label>";
    }

    private static String senderInput(List<String> nicknames) {
        String list = nicknames.isEmpty() ? "" : " list=\"viewers\"";
        String datalist = nicknames.stream()
                .map(nickname -> "<option value=\"" + escape(nickname) + "\">")
                .collect(Collectors.joining("", "<datalist id=\"viewers\">", "</datalist>"));
        return "<label>Sender (nickname, unique_id or user_id)<input type=\"text\" name=\"sender\" maxlength=\"64\""
                + " required" + list + " value=\"" + escape(nicknames.isEmpty() ? "" : nicknames.get(0)) + "\">"
                + (nicknames.isEmpty() ? "" : datalist) + "</label>";
    }

    private static String giftOptions(List<LiveGift> gifts) {
        return gifts.stream()
                .map(gift -> "<option value=\"" + gift.id() + "\">" + escape(GiftCatalogue.emoji(gift)) + " "
                        + escape(gift.name()) + " · " + gift.diamondCount()
                        + (gift.diamondCount() == 1 ? " coin" : " coins")
                        + (gift.streakable() ? " · streak" : "") + "</option>")
                .collect(Collectors.joining());
    }
}
