package io.battlesim.tiktok.emulator.live;

import static io.battlesim.tiktok.emulator.http.Html.escape;

import io.battlesim.tiktok.emulator.EmulatorResponse;
import io.battlesim.tiktok.emulator.GiftCommand;
import io.battlesim.tiktok.emulator.http.Endpoint;
import io.battlesim.tiktok.emulator.http.Exchange;
import io.battlesim.tiktok.emulator.http.FormData;
import io.battlesim.tiktok.emulator.http.HtmlPage;
import io.battlesim.tiktok.emulator.http.Responses;
import java.util.NoSuchElementException;

/**
 * The control panel's {@code POST /live/control/{status|pace|gift|likes|chat|generator}} form handlers: they act,
 * then redirect back to the panel with a notice; a rejected form gets an error page with a link back.
 */
final class ControlForms implements Endpoint {

    static final String PREFIX = "/live/control/";

    private final LiveHub hub;

    ControlForms(LiveHub hub) {
        this.hub = hub;
    }

    @Override
    public EmulatorResponse handle(Exchange exchange) {
        String action = exchange.request().path().substring(PREFIX.length());
        if (!exchange.hasContentType("application/x-www-form-urlencoded")) {
            return error(400, "The form must be sent as application/x-www-form-urlencoded.", exchange);
        }
        FormData form = exchange.readForm();
        try {
            String username = action.equals("generator") ? "" : required(form, "username");
            act(action, username, form);
            String room = username.isEmpty() ? "" : "&room=" + FormData.encode(username);
            return Responses.redirect(exchange.baseUrl() + ControlPanel.PATH + "?notice=" + action + room);
        } catch (NoSuchElementException e) {
            return error(404, e.getMessage(), exchange);
        } catch (RoomOfflineException e) {
            return error(409, e.getMessage(), exchange);
        } catch (IllegalArgumentException e) {
            return error(400, e.getMessage(), exchange);
        }
    }

    private void act(String action, String username, FormData form) {
        switch (action) {
            case "status" -> {
                if (Boolean.parseBoolean(required(form, "live"))) {
                    hub.goLive(username);
                } else {
                    hub.goOffline(username);
                }
            }
            case "pace" -> hub.pace(username, number(form, "eventsPerSecond"));
            case "gift" -> hub.sendGift(username, giftCommand(form));
            case "likes" -> hub.sendLikes(username, required(form, "sender"), (int) number(form, "count"));
            case "chat" -> hub.sendChat(username, required(form, "sender"), required(form, "comment"));
            case "generator" -> {
                if (Boolean.parseBoolean(required(form, "running"))) {
                    hub.startGenerator();
                } else {
                    hub.stopGenerator();
                }
            }
            default -> throw new NoSuchElementException("There is no control action " + action + ".");
        }
    }

    private static GiftCommand giftCommand(FormData form) {
        return new GiftCommand(
                required(form, "sender"),
                required(form, "gift"),
                (int) number(form, "count"),
                form.first("toGuest").isPresent(),
                form.first("withoutEnd").isEmpty());
    }

    private static String required(FormData form, String name) {
        return form.nonBlank(name)
                .orElseThrow(() -> new IllegalArgumentException("The field " + name + " is missing."));
    }

    private static double number(FormData form, String name) {
        try {
            return Double.parseDouble(required(form, name));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The field " + name + " must be a number.");
        }
    }

    private static EmulatorResponse error(int status, String message, Exchange exchange) {
        String body = "<section class=\"card\"><h1>That did not work</h1><p class=\"muted\">" + escape(message)
                + "</p><p><a href=\"" + escape(exchange.baseUrl() + ControlPanel.PATH) + "\">Back to the LIVE rooms</a>"
                + "</p><p class=\"fine\">Log ID: <span class=\"mono\">" + escape(exchange.logId()) + "</span></p>"
                + "</section>";
        return Responses.html(status, HtmlPage.document("LIVE control", body, false));
    }
}
