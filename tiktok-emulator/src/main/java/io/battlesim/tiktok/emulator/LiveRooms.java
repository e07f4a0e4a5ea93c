package io.battlesim.tiktok.emulator;

import io.battlesim.tiktok.emulator.live.LiveHub;
import io.battlesim.tiktok.emulator.live.RoomOfflineException;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * The emulator's LIVE rooms, one per sandbox creator, speaking the Live API of our design ({@code live.md}; not an
 * official TikTok API). Rooms, viewers and generated gift streams are deterministic for the emulator seed; {@code
 * omar.cooks} and {@code zoe.paints} start OFFLINE, the others LIVE; {@code kai.games} is a guest in {@code
 * ava.sparks}'s room and {@code noah.laughs} in {@code mia.moves}'s. Thread-safe.
 *
 * <p>Commands that name a room take a username (an {@code @} prefix and any case allowed) or a room id, and throw
 * {@link NoSuchElementException} for an unknown one. Commands that emit events throw {@link IllegalStateException}
 * (a {@link RoomOfflineException}) when the room is OFFLINE. Commands emit exactly what they say: lost end events
 * and duplicate deliveries only happen in generated streams (see {@link GiftCommand#withoutEndEvent()} to lose one
 * on purpose).
 */
public final class LiveRooms {

    /** The cursor that asks {@link #subscribe} for live frames only, with no replay. */
    public static final long LIVE_ONLY = -1;

    private final LiveHub hub;

    LiveRooms(LiveHub hub) {
        this.hub = hub;
    }

    /**
     * The gift catalogue.
     *
     * @return every gift with its id, coin price and type, never null
     */
    public List<LiveGift> gifts() {
        return hub.gifts();
    }

    /**
     * Every room, in the order of {@link TikTokEmulator#accounts()}.
     *
     * @return snapshots, never null
     */
    public List<LiveRoom> rooms() {
        return hub.rooms();
    }

    /**
     * A creator's room.
     *
     * @param username the creator's username, must not be null
     * @return the room snapshot, or empty for an unknown creator
     */
    public Optional<LiveRoom> room(String username) {
        return hub.room(Objects.requireNonNull(username, "username must not be null"));
    }

    /**
     * A room by id.
     *
     * @param roomId the room id, must not be null
     * @return the room snapshot, or empty for an unknown id
     */
    public Optional<LiveRoom> roomById(String roomId) {
        return hub.roomById(Objects.requireNonNull(roomId, "roomId must not be null"));
    }

    /**
     * Starts a broadcast: a {@code room_status LIVE} frame, a new start time, the planned guests; a LIVE room is
     * left as it is.
     *
     * @param usernameOrRoomId the room, must not be null
     * @return the room afterwards, never null
     */
    public LiveRoom goLive(String usernameOrRoomId) {
        return hub.goLive(usernameOrRoomId);
    }

    /**
     * Ends a broadcast: a {@code room_status OFFLINE} frame, then every subscription closes with 1000; unfinished
     * generated streaks never get their end event. An OFFLINE room is left as it is.
     *
     * @param usernameOrRoomId the room, must not be null
     * @return the room afterwards, never null
     */
    public LiveRoom goOffline(String usernameOrRoomId) {
        return hub.goOffline(usernameOrRoomId);
    }

    /**
     * Sets the average pace of a room's generated stream.
     *
     * @param usernameOrRoomId the room, must not be null
     * @param eventsPerSecond 0 (manual events only) to 1000
     * @return the room afterwards, never null
     * @throws IllegalArgumentException when the pace is out of range
     */
    public LiveRoom pace(String usernameOrRoomId, double eventsPerSecond) {
        return hub.pace(usernameOrRoomId, eventsPerSecond);
    }

    /** Lets the generator run again in every room that has a pace (it runs by default). */
    public void startGenerator() {
        hub.startGenerator();
    }

    /** Pauses the generator in every room; paces are kept and manual commands still work. */
    public void stopGenerator() {
        hub.stopGenerator();
    }

    /**
     * Whether the generator may run.
     *
     * @return false after {@link #stopGenerator()} or once the emulator is closed
     */
    public boolean generatorRunning() {
        return hub.generatorRunning();
    }

    /**
     * A viewer sends a gift: a streakable gift becomes {@code count} taps with cumulative {@code repeat_count}
     * (all {@code repeat_end:false}) and then the end event (same count, {@code repeat_end:true}), all with one
     * {@code group_id}; another gift becomes one event with {@code repeat_count = count}.
     *
     * @param usernameOrRoomId the room, must not be null
     * @param command the gift, must not be null
     * @return the frames emitted, in order, never null
     * @throws IllegalArgumentException for an unknown gift, or {@code toGuest} in a room without a guest
     */
    public List<String> sendGift(String usernameOrRoomId, GiftCommand command) {
        return hub.sendGift(usernameOrRoomId, Objects.requireNonNull(command, "command must not be null"));
    }

    /**
     * A viewer likes: {@code count} likes in events of at most 15, each with the room's new total.
     *
     * @param usernameOrRoomId the room, must not be null
     * @param sender a viewer's nickname, unique_id or user_id, must not be null
     * @param count 1 to 100,000
     * @return the frames emitted, never null
     */
    public List<String> sendLikes(String usernameOrRoomId, String sender, int count) {
        return hub.sendLikes(usernameOrRoomId, Objects.requireNonNull(sender, "sender must not be null"), count);
    }

    /**
     * A viewer comments.
     *
     * @param usernameOrRoomId the room, must not be null
     * @param sender a viewer's nickname, unique_id or user_id, must not be null
     * @param comment 1 to 300 characters, must not be null
     * @return the frame emitted, never null
     */
    public List<String> sendChat(String usernameOrRoomId, String sender, String comment) {
        return hub.sendChat(
                usernameOrRoomId,
                Objects.requireNonNull(sender, "sender must not be null"),
                Objects.requireNonNull(comment, "comment must not be null"));
    }

    /**
     * Follows a room's stream exactly as the Live API's WebSocket would: first every buffered frame with {@code seq
     * > cursor} (preceded by a {@code gap} frame when the buffer no longer holds some of them), then live frames.
     * When the room is or goes OFFLINE, the {@code room_status OFFLINE} frame comes last and {@link
     * LiveListener#onClose} gets 1000. A cursor beyond the room's latest {@code seq} (from an earlier emulator run)
     * replays everything buffered. The transport (the app's WebSocket bridge) sends pings itself.
     *
     * @param roomId the room id, must not be null
     * @param cursor the last {@code seq} the client saw, 0 for everything buffered, {@link #LIVE_ONLY} for no replay
     * @param listener receives the frames, must not be null
     * @return the subscription, never null; close it when the client goes away
     * @throws NoSuchElementException for an unknown room id
     * @throws IllegalStateException once the emulator is closed
     */
    public LiveSubscription subscribe(String roomId, long cursor, LiveListener listener) {
        return hub.subscribe(Objects.requireNonNull(roomId, "roomId must not be null"), cursor, listener);
    }

    /**
     * Whether a bearer token may use the Live API: a user access token that is unexpired and unrevoked (client
     * tokens and refresh tokens are refused).
     *
     * @param bearerToken the token, must not be null
     * @return true when it is usable
     */
    public boolean authenticate(String bearerToken) {
        return hub.authenticate(Objects.requireNonNull(bearerToken, "bearerToken must not be null"));
    }
}
