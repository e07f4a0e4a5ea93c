package io.battlesim.app.live.ingest;

import io.battlesim.app.battle.BattleView;
import io.battlesim.app.battle.RoomBinding;
import io.battlesim.app.battle.SideSetup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The rooms and creators of one battle, to place an ingested event: its {@code roomId} may be the room id or the
 * host's username (with or without {@code @}); without one, the room of the {@code receiverUserId}, else the
 * battle's only room.
 */
public final class IngestRooms {

    private final Map<String, String> roomIds = new LinkedHashMap<>();
    private final Map<String, String> roomOfCreator = new LinkedHashMap<>();

    private IngestRooms(List<RoomBinding> rooms) {
        for (RoomBinding room : rooms) {
            roomIds.put(room.roomId(), room.roomId());
            roomIds.putIfAbsent(handle(room.username()), room.roomId());
            roomOfCreator.putIfAbsent(room.hostUserId(), room.roomId());
            room.guestUserIds().forEach(guest -> roomOfCreator.putIfAbsent(guest, room.roomId()));
        }
    }

    /** The rooms of {@code battle}. */
    public static IngestRooms of(BattleView battle) {
        return new IngestRooms(battle.setup().sides().stream()
                .map(SideSetup::rooms)
                .flatMap(List::stream)
                .toList());
    }

    /** The rooms given, for tests and tools. */
    public static IngestRooms of(List<RoomBinding> rooms) {
        return new IngestRooms(rooms);
    }

    /** The room an event names, if it is one of the battle's. */
    Optional<String> named(String roomIdOrUsername) {
        String id = roomIds.get(roomIdOrUsername);
        return Optional.ofNullable(id != null ? id : roomIds.get(handle(roomIdOrUsername)));
    }

    /** The room of a creator (host or guest) of the battle. */
    Optional<String> ofCreator(String userId) {
        return Optional.ofNullable(roomOfCreator.get(userId));
    }

    /** The battle's only room, or null when it has several. */
    @Nullable
    String only() {
        return roomIds.values().stream().distinct().count() == 1
                ? roomIds.values().iterator().next()
                : null;
    }

    /** The battle's first room (where a chat comment that names no room is placed: a command names its side). */
    String first() {
        return roomIds.values().iterator().next();
    }

    private static String handle(String username) {
        String handle = username.strip();
        return (handle.startsWith("@") ? handle.substring(1) : handle).toLowerCase(Locale.ROOT);
    }
}
