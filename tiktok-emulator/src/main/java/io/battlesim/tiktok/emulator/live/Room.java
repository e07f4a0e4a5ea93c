package io.battlesim.tiktok.emulator.live;

import io.battlesim.tiktok.emulator.GiftCommand;
import io.battlesim.tiktok.emulator.LiveGift;
import io.battlesim.tiktok.emulator.LiveGuest;
import io.battlesim.tiktok.emulator.LiveListener;
import io.battlesim.tiktok.emulator.LiveRoom;
import io.battlesim.tiktok.emulator.LiveStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * One creator's LIVE room: its status, guests and pace, its generator and its stream. Thread-safe: every method
 * holds the room's lock, so commands, generator ticks and subscriptions see one order of events.
 */
final class Room {

    private final RoomPlan plan;
    private final Clock clock;
    private final Audience audience;
    private final EventFactory events;
    private final RoomSimulation simulation;
    private final RoomStream stream;
    private final List<LiveGuest> plannedGuests;
    private LiveStatus status;
    private @Nullable Instant startedAt;
    private double pace;
    private String statusFrame;

    Room(RoomPlan plan, List<LiveGuest> plannedGuests, RoomContext context) {
        this.plan = plan;
        this.clock = context.clock();
        this.plannedGuests = List.copyOf(plannedGuests);
        SplittableRandom random = new SplittableRandom(plan.seed());
        this.audience = new Audience(context.viewers(), random.split(), plan.audienceSize());
        this.events = new EventFactory(random.nextLong() ^ context.epoch(), clock, context.baseUrl());
        this.simulation = new RoomSimulation(
                random.split(),
                audience,
                context.settings().endDropRate(),
                context.settings().duplicateRate());
        this.stream = new RoomStream(plan.roomId(), context.settings().bufferSize());
        this.pace = plan.eventsPerSecond();
        Instant now = clock.instant();
        this.status = plan.liveAtStart() ? LiveStatus.LIVE : LiveStatus.OFFLINE;
        this.startedAt = plan.liveAtStart() ? now.minus(plan.liveFor()) : null;
        events.resetLikes(plan.liveAtStart() ? plan.startLikes() : 0);
        Instant changedAt = startedAt != null ? startedAt : now;
        this.statusFrame = stream.publish(events.status(status, changedAt.toEpochMilli()));
    }

    String roomId() {
        return plan.roomId();
    }

    String username() {
        return plan.account().username();
    }

    String hostUserId() {
        return plan.hostUserId();
    }

    synchronized LiveRoom snapshot() {
        Instant now = clock.instant();
        return new LiveRoom(
                plan.roomId(),
                plan.account().username(),
                plan.account().displayName(),
                plan.hostUserId(),
                status,
                plan.title(),
                startedAt == null ? 0 : plan.viewersAt(now, startedAt),
                startedAt,
                status == LiveStatus.LIVE ? plannedGuests : List.of(),
                pace,
                stream.lastSeq());
    }

    synchronized LiveRoom goLive() {
        if (status != LiveStatus.LIVE) {
            status = LiveStatus.LIVE;
            startedAt = clock.instant();
            events.resetLikes(0);
            simulation.reset();
            statusFrame = stream.publish(events.status(status, events.now()));
        }
        return snapshot();
    }

    synchronized LiveRoom goOffline() {
        if (status != LiveStatus.OFFLINE) {
            status = LiveStatus.OFFLINE;
            startedAt = null;
            simulation.reset();
            statusFrame = stream.publish(events.status(status, events.now()));
            stream.endAll(1000, "room offline");
        }
        return snapshot();
    }

    synchronized LiveRoom pace(double eventsPerSecond) {
        pace = eventsPerSecond;
        return snapshot();
    }

    synchronized boolean paced() {
        return pace > 0;
    }

    synchronized List<String> gift(GiftCommand command) {
        requireLive();
        LiveGift gift = GiftCatalogue.find(command.gift())
                .orElseThrow(() -> new IllegalArgumentException("No gift is named " + command.gift() + "."));
        String receiver = receiver(command.toGuest());
        Viewer viewer = audience.resolve(command.sender());
        String group = events.newGroupId();
        List<LiveEvent> out = new ArrayList<>();
        if (gift.streakable()) {
            for (int tap = 1; tap <= command.count(); tap++) {
                out.add(events.gift(viewer, receiver, gift, tap, false, group));
            }
            if (command.endEvent()) {
                out.add(events.gift(viewer, receiver, gift, command.count(), true, group));
            }
        } else {
            out.add(events.gift(viewer, receiver, gift, command.count(), false, group));
        }
        return publish(out);
    }

    synchronized List<String> likes(String sender, int count) {
        requireLive();
        Viewer viewer = audience.resolve(sender);
        List<LiveEvent> out = new ArrayList<>();
        for (int left = count; left > 0; left -= 15) {
            out.add(events.likes(viewer, Math.min(15, left)));
        }
        return publish(out);
    }

    synchronized List<String> chat(String sender, String comment) {
        requireLive();
        return publish(List.of(events.chat(audience.resolve(sender), comment)));
    }

    /** One generator tick: nothing unless the room is LIVE and paced. */
    synchronized void tick(double seconds) {
        if (status == LiveStatus.LIVE && pace > 0) {
            publish(simulation.step(pace, seconds, events, receivers()));
        }
    }

    synchronized Subscriber subscribe(long cursor, LiveListener listener) {
        String finalFrame = status == LiveStatus.OFFLINE ? statusFrame : null;
        return stream.subscribe(cursor, listener, clock.millis(), this::detach, finalFrame);
    }

    synchronized List<String> recentFrames(int count) {
        return stream.recent(count);
    }

    synchronized int subscriberCount() {
        return stream.subscriberCount();
    }

    synchronized void shutdown() {
        stream.endAll(RoomStream.GOING_AWAY, "emulator shutting down");
    }

    private synchronized void detach(Subscriber subscriber) {
        stream.detach(subscriber);
    }

    private List<String> publish(List<LiveEvent> out) {
        return out.stream().map(stream::publish).toList();
    }

    private RoomSimulation.Receivers receivers() {
        return new RoomSimulation.Receivers(
                plan.hostUserId(), plannedGuests.stream().map(LiveGuest::userId).toList());
    }

    private String receiver(boolean toGuest) {
        if (!toGuest) {
            return plan.hostUserId();
        }
        if (plannedGuests.isEmpty()) {
            throw new IllegalArgumentException("@" + username() + " has no guest in the room.");
        }
        return plannedGuests.get(0).userId();
    }

    private void requireLive() {
        if (status != LiveStatus.LIVE) {
            throw new RoomOfflineException(username());
        }
    }
}
