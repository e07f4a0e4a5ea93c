package io.battlesim.app.battle;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * {@link BattleUpdates} within this process: one {@link UpdateChannel} per battle, published to by the battle's
 * writer thread. Channels without listeners are dropped after a quiet period.
 */
@Component
class InProcessBattleUpdates implements BattleUpdates {

    private final ConcurrentHashMap<String, UpdateChannel> channels = new ConcurrentHashMap<>();
    private final int capacity;

    InProcessBattleUpdates(BattleSettings settings) {
        this.capacity = settings.updatesBuffer();
    }

    @Override
    public Subscription subscribe(String battleId, long afterSequence, Consumer<BattleUpdate> listener) {
        Objects.requireNonNull(battleId, "battleId must not be null");
        Objects.requireNonNull(listener, "listener must not be null");
        return channel(battleId).subscribe(afterSequence, listener);
    }

    void publish(BattleUpdate update) {
        channel(update.battleId()).publish(update);
    }

    /** Drops channels nobody listens to and nothing was published to for {@code idle}, except running battles. */
    void dropIdle(Duration idle, java.util.function.Predicate<String> running) {
        long nanos = idle.toNanos();
        channels.entrySet()
                .removeIf(entry ->
                        !running.test(entry.getKey()) && entry.getValue().idle(nanos));
    }

    int channelCount() {
        return channels.size();
    }

    private UpdateChannel channel(String battleId) {
        return channels.computeIfAbsent(battleId, id -> new UpdateChannel(id, capacity));
    }
}
