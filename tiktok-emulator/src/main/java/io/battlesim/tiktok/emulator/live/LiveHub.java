package io.battlesim.tiktok.emulator.live;

import io.battlesim.tiktok.emulator.GiftCommand;
import io.battlesim.tiktok.emulator.LiveGift;
import io.battlesim.tiktok.emulator.LiveGuest;
import io.battlesim.tiktok.emulator.LiveListener;
import io.battlesim.tiktok.emulator.LiveRoom;
import io.battlesim.tiktok.emulator.LiveSubscription;
import io.battlesim.tiktok.emulator.SandboxAccount;
import io.battlesim.tiktok.emulator.http.ErrorStyle;
import io.battlesim.tiktok.emulator.http.PublicBaseUrl;
import io.battlesim.tiktok.emulator.http.Routes;
import io.battlesim.tiktok.emulator.oauth.IssuedToken;
import io.battlesim.tiktok.emulator.oauth.IssuedTokens;
import io.battlesim.tiktok.emulator.oauth.TokenKind;
import io.battlesim.tiktok.emulator.ratelimit.RateLimits;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The emulator's LIVE rooms: one room per sandbox creator, the generator that animates them, subscriptions, the
 * room lookup endpoint and the control surface. Thread-safe. Unknown creators or rooms raise {@link
 * NoSuchElementException}; commands to an offline room raise {@link RoomOfflineException}.
 */
public final class LiveHub implements AutoCloseable {

    private final List<Room> rooms;
    private final Map<String, Room> byUsername = new LinkedHashMap<>();
    private final Map<String, Room> byId = new LinkedHashMap<>();
    private final Generator generator;
    private final IssuedTokens tokens;
    private final RateLimits rateLimits;
    private final Clock clock;
    private final ViewerPool viewers;
    private volatile boolean closed;

    /**
     * Creates every room and, when some room has a pace, starts the generator.
     *
     * @param accounts the sandbox creators, one room each
     * @param tokens the issued tokens, to authenticate the Live API
     * @param rateLimits the per-token limits ({@code /live/v1/room/} has one)
     * @param clock the emulator clock, for timestamps and the viewer drift
     * @param baseUrl the public base URL, for avatar and gift image URLs
     * @param settings the LIVE settings
     * @param seed the emulator seed
     */
    public LiveHub(
            List<SandboxAccount> accounts,
            IssuedTokens tokens,
            RateLimits rateLimits,
            Clock clock,
            PublicBaseUrl baseUrl,
            LiveSettings settings,
            long seed) {
        this.tokens = tokens;
        this.rateLimits = rateLimits;
        this.clock = clock;
        this.viewers = new ViewerPool(seed);
        List<RoomPlan> plans = RoomPlanner.plan(accounts, seed, settings.eventsPerSecond());
        RoomContext context = new RoomContext(clock, clock.millis(), baseUrl::current, viewers, settings);
        this.rooms = plans.stream()
                .map(plan -> new Room(plan, guests(plan, plans), context))
                .toList();
        rooms.forEach(room -> {
            byUsername.put(room.username(), room);
            byId.put(room.roomId(), room);
        });
        this.generator = new Generator(rooms);
        generator.wake();
    }

    /**
     * Adds the Live API, the control endpoints, the control panel and the gift and viewer images.
     *
     * @param routes the route table
     */
    public void registerRoutes(Routes routes) {
        routes.get(RoomLookupEndpoint.PATH, ErrorStyle.API, new RoomLookupEndpoint(this, rateLimits));
        ControlApi api = new ControlApi(this);
        routes.get(ControlApi.PREFIX, ErrorStyle.INTERNAL, api::list);
        routes.post(ControlApi.PREFIX + "*", ErrorStyle.INTERNAL, api::command);
        routes.get(ControlPanel.PATH, ErrorStyle.INTERNAL, new ControlPanel(this));
        routes.post(ControlForms.PREFIX + "*", ErrorStyle.INTERNAL, new ControlForms(this));
        LiveImages images = new LiveImages(viewers);
        routes.get(LiveImages.GIFTS + "*", ErrorStyle.INTERNAL, images::gift);
        routes.get(LiveImages.AVATARS + "*", ErrorStyle.INTERNAL, images::avatar);
    }

    /** The gift catalogue. */
    public List<LiveGift> gifts() {
        return GiftCatalogue.ALL;
    }

    /** Every room, in the order of the sandbox accounts. */
    public List<LiveRoom> rooms() {
        return rooms.stream().map(Room::snapshot).toList();
    }

    /** A creator's room by username (an {@code @} prefix and any case allowed). */
    public Optional<LiveRoom> room(String username) {
        return findByUsername(username).map(Room::snapshot);
    }

    /** A room by id. */
    public Optional<LiveRoom> roomById(String roomId) {
        return Optional.ofNullable(byId.get(roomId)).map(Room::snapshot);
    }

    /** Starts a broadcast; a room already LIVE stays as it is. */
    public LiveRoom goLive(String usernameOrRoomId) {
        return room(usernameOrRoomId, "goLive").goLive();
    }

    /** Ends a broadcast: {@code room_status OFFLINE}, then every subscription closes with 1000. */
    public LiveRoom goOffline(String usernameOrRoomId) {
        return room(usernameOrRoomId, "goOffline").goOffline();
    }

    /** Sets a room's generator pace; 0 leaves only manual events. */
    public LiveRoom pace(String usernameOrRoomId, double eventsPerSecond) {
        LiveRoom room = room(usernameOrRoomId, "pace").pace(LiveSettings.requirePace(eventsPerSecond));
        generator.wake();
        return room;
    }

    /** Lets the generator run. */
    public void startGenerator() {
        generator.start();
    }

    /** Pauses the generator. */
    public void stopGenerator() {
        generator.stop();
    }

    /** Whether the generator may run. */
    public boolean generatorRunning() {
        return generator.running();
    }

    /** Sends a gift on command; returns the frames it produced. */
    public List<String> sendGift(String usernameOrRoomId, GiftCommand command) {
        return room(usernameOrRoomId, "sendGift").gift(command);
    }

    /** Sends likes in events of at most 15; returns the frames. */
    public List<String> sendLikes(String usernameOrRoomId, String sender, int count) {
        if (count < 1 || count > 100_000) {
            throw new IllegalArgumentException("count must be between 1 and 100000, got " + count);
        }
        return room(usernameOrRoomId, "sendLikes").likes(requireSender(sender), count);
    }

    /** Sends a chat comment; returns its frame. */
    public List<String> sendChat(String usernameOrRoomId, String sender, String comment) {
        if (comment.isBlank() || comment.length() > 300) {
            throw new IllegalArgumentException("comment must be 1 to 300 characters");
        }
        return room(usernameOrRoomId, "sendChat").chat(requireSender(sender), comment);
    }

    /** Subscribes to a room's frames after a cursor (negative: live frames only). */
    public LiveSubscription subscribe(String roomId, long cursor, LiveListener listener) {
        Objects.requireNonNull(listener, "listener must not be null");
        if (closed) {
            throw new IllegalStateException("the emulator is closed");
        }
        Room room = byId.get(roomId);
        if (room == null) {
            throw new NoSuchElementException("No LIVE room has the id " + roomId + ".");
        }
        return room.subscribe(cursor, listener);
    }

    /** Whether a bearer token is a usable user access token. */
    public boolean authenticate(String bearerToken) {
        return userToken(bearerToken, clock.instant()).isPresent();
    }

    /** The latest frames of a room, oldest first. */
    List<String> recentFrames(String username, int count) {
        return room(username, "recentFrames").recentFrames(count);
    }

    /** Nicknames the control panel suggests as senders: a few generated viewers, then the regulars. */
    List<String> viewerNicknames() {
        return Stream.concat(viewers.generated().stream().limit(24), viewers.regulars().stream())
                .map(Viewer::nickname)
                .toList();
    }

    Optional<IssuedToken> userToken(String value, Instant now) {
        return tokens.usableAccessToken(value, now).filter(token -> token.kind() == TokenKind.USER_ACCESS);
    }

    /** Stops the generator and ends every subscription with 1001. */
    @Override
    public void close() {
        closed = true;
        generator.close();
        rooms.forEach(Room::shutdown);
    }

    private Room room(String usernameOrRoomId, String operation) {
        Objects.requireNonNull(usernameOrRoomId, operation + " needs a username or room id");
        return Optional.ofNullable(byId.get(usernameOrRoomId))
                .or(() -> findByUsername(usernameOrRoomId))
                .orElseThrow(() -> new NoSuchElementException("No sandbox creator is named " + usernameOrRoomId));
    }

    private Optional<Room> findByUsername(String username) {
        String handle = username.strip();
        handle = handle.startsWith("@") ? handle.substring(1) : handle;
        return Optional.ofNullable(byUsername.get(handle.toLowerCase(Locale.ROOT)));
    }

    private static String requireSender(String sender) {
        if (sender.isBlank() || sender.length() > 64) {
            throw new IllegalArgumentException("sender must be 1 to 64 characters");
        }
        return sender;
    }

    private static List<LiveGuest> guests(RoomPlan plan, List<RoomPlan> plans) {
        return plan.guestUsernames().stream()
                .flatMap(username -> plans.stream()
                        .filter(other -> other.account().username().equals(username)))
                .map(guest -> new LiveGuest(
                        guest.hostUserId(),
                        guest.account().username(),
                        guest.account().displayName()))
                .toList();
    }
}
