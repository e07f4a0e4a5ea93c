package io.battlesim.app.battle;

import io.battlesim.engine.BattleSnapshot;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * {@link BattleUpdates} of this node: one {@link UpdateChannel} per battle. On a single node the battle's writer
 * publishes to the channel directly. In cluster mode the writer sends its updates through the {@link UpdateRelay}
 * instead, and the channels of every node (the writer's too) are fed by the relay, so each node delivers each update
 * to its own viewers once, whichever node runs the battle. Channels without listeners are dropped after a quiet
 * period.
 */
@Component
class InProcessBattleUpdates implements BattleUpdates {

    private final ConcurrentHashMap<String, UpdateChannel> channels = new ConcurrentHashMap<>();
    private final int capacity;
    private final @Nullable UpdateRelay relay;

    InProcessBattleUpdates(BattleSettings settings) {
        this(settings, null);
    }

    @Autowired
    InProcessBattleUpdates(BattleSettings settings, @Nullable UpdateRelay relay) {
        this.capacity = settings.updatesBuffer();
        this.relay = relay;
    }

    @Override
    public Subscription subscribe(String battleId, long afterSequence, Consumer<BattleUpdate> listener) {
        Objects.requireNonNull(battleId, "battleId must not be null");
        Objects.requireNonNull(listener, "listener must not be null");
        UpdateChannel channel = channel(battleId);
        if (relay != null) {
            relay.follow(battleId, this::deliver);
        }
        return channel.subscribe(afterSequence, listener);
    }

    void publish(BattleUpdate update) {
        if (relay != null) {
            relay.send(update);
        } else {
            channel(update.battleId()).publish(update);
        }
    }

    /** The latest scoreboard this node's channel of a battle holds (cluster mode: as the relay brought it). */
    BattleUpdate.@Nullable ScoreboardChanged latestScoreboard(String battleId) {
        UpdateChannel channel = channels.get(battleId);
        return channel == null ? null : channel.latestScoreboard();
    }

    /**
     * The latest state of a battle another node runs, as the relay brings its updates (following it from now on):
     * empty until a scoreboard update of it is known.
     */
    Optional<BattleSnapshot> followedSnapshot(String battleId) {
        if (relay == null) {
            return Optional.empty();
        }
        channel(battleId);
        relay.follow(battleId, this::deliver);
        BattleUpdate.ScoreboardChanged latest = latestScoreboard(battleId);
        return latest == null ? Optional.empty() : Optional.of(latest.snapshot());
    }

    /** Feeds an update the relay brought into this node's channel; older or repeated sequences are dropped. */
    private void deliver(BattleUpdate update) {
        channel(update.battleId()).publish(update);
    }

    /** Drops channels nobody listens to and nothing was published to for {@code idle}, except running battles. */
    void dropIdle(Duration idle, java.util.function.Predicate<String> running) {
        long nanos = idle.toNanos();
        channels.entrySet().removeIf(entry -> {
            boolean drop = !running.test(entry.getKey()) && entry.getValue().idle(nanos);
            if (drop && relay != null) {
                relay.unfollow(entry.getKey());
            }
            return drop;
        });
    }

    int channelCount() {
        return channels.size();
    }

    private UpdateChannel channel(String battleId) {
        return channels.computeIfAbsent(battleId, id -> new UpdateChannel(id, capacity));
    }
}
