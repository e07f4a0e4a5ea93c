package io.battlesim.tiktok.emulator.live;

import io.battlesim.tiktok.emulator.EmulatorResponse;
import io.battlesim.tiktok.emulator.GiftCommand;
import io.battlesim.tiktok.emulator.LiveRoom;
import io.battlesim.tiktok.emulator.http.ApiEnvelope;
import io.battlesim.tiktok.emulator.http.Exchange;
import io.battlesim.tiktok.emulator.http.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import tools.jackson.databind.JsonNode;

/**
 * The JSON control endpoints for tests and demos (the emulator's own, never faulted): {@code GET
 * /live/v1/control/rooms/} lists the rooms; {@code POST /live/v1/control/rooms/{username}/gifts} {@code {sender,
 * gift, count, toGuest, endEvent}}, {@code …/likes} {@code {sender, count}}, {@code …/chat} {@code {sender,
 * comment}}, {@code …/status} {@code {live}} and {@code …/pace} {@code {eventsPerSecond}} answer the room and the
 * frames produced, in the v2 envelope.
 */
final class ControlApi {

    static final String PREFIX = "/live/v1/control/rooms/";

    private final LiveHub hub;

    ControlApi(LiveHub hub) {
        this.hub = hub;
    }

    EmulatorResponse list(Exchange exchange) {
        List<Map<String, Object>> rooms = hub.rooms().stream()
                .map(room -> LiveJson.controlRoom(room, exchange.baseUrl()))
                .toList();
        return ApiEnvelope.ok(Map.of("rooms", rooms, "generator_running", hub.generatorRunning()), exchange.logId());
    }

    EmulatorResponse command(Exchange exchange) {
        String[] parts = exchange.request().path().substring(PREFIX.length()).split("/");
        if (parts.length != 2 || parts[0].isBlank()) {
            return ApiEnvelope.error(404, "not_found", "Use " + PREFIX + "{username}/{action}.", exchange.logId());
        }
        if (!exchange.hasContentType("application/json")) {
            return badRequest("The Content-Type must be application/json.", exchange);
        }
        JsonNode body = Json.read(exchange.readBody());
        if (!body.isObject()) {
            return badRequest("The body must be a JSON object.", exchange);
        }
        try {
            return run(parts[0], parts[1], new JsonFields(body), exchange);
        } catch (NoSuchElementException e) {
            return ApiEnvelope.error(404, "user_not_found", e.getMessage(), exchange.logId());
        } catch (RoomOfflineException e) {
            return ApiEnvelope.error(409, "room_offline", e.getMessage(), exchange.logId());
        } catch (IllegalArgumentException e) {
            return badRequest(e.getMessage(), exchange);
        }
    }

    private EmulatorResponse run(String username, String action, JsonFields body, Exchange exchange) {
        return switch (action) {
            case "gifts" -> answer(username, hub.sendGift(username, giftCommand(body)), exchange);
            case "likes" ->
                answer(username, hub.sendLikes(username, body.text("sender"), body.integer("count", 1)), exchange);
            case "chat" ->
                answer(username, hub.sendChat(username, body.text("sender"), body.text("comment")), exchange);
            case "status" ->
                answer(body.bool("live") ? hub.goLive(username) : hub.goOffline(username), List.of(), exchange);
            case "pace" -> answer(hub.pace(username, body.number("eventsPerSecond")), List.of(), exchange);
            default ->
                ApiEnvelope.error(
                        404,
                        "not_found",
                        "Unknown action " + action + "; use gifts, likes, chat, status or pace.",
                        exchange.logId());
        };
    }

    private static GiftCommand giftCommand(JsonFields body) {
        return new GiftCommand(
                body.text("sender"),
                body.textOrNumber("gift"),
                body.integer("count", 1),
                body.bool("toGuest", false),
                body.bool("endEvent", true));
    }

    private EmulatorResponse answer(String username, List<String> frames, Exchange exchange) {
        return answer(hub.roomById(username).or(() -> hub.room(username)).orElseThrow(), frames, exchange);
    }

    private static EmulatorResponse answer(LiveRoom room, List<String> frames, Exchange exchange) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("room", LiveJson.controlRoom(room, exchange.baseUrl()));
        data.put("frames", LiveJson.frames(frames));
        return ApiEnvelope.ok(data, exchange.logId());
    }

    private static EmulatorResponse badRequest(String message, Exchange exchange) {
        return ApiEnvelope.error(400, "invalid_params", message, exchange.logId());
    }
}
