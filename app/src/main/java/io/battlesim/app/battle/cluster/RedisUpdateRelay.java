package io.battlesim.app.battle.cluster;

import io.battlesim.app.battle.BattleUpdate;
import io.battlesim.app.battle.UpdateRelay;
import io.battlesim.app.battle.persistence.BattleJson;
import io.battlesim.app.cluster.ClusterRedis;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XAddArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Battle updates through Redis Streams, one stream per battle ({@code battle:<id>:updates}, trimmed to about the
 * update buffer), entry id {@code <sequence>-1}, so a stream's order is the battle's update order and a viewer's
 * {@code Last-Event-ID} names a position in it. The node running a battle appends; each node reads every battle it
 * has viewers of with one blocking {@code XREAD} over all of them, on its own connection, and hands each entry to its
 * channel once. After Redis restarts (it may keep nothing) the writer's next updates start the stream again and the
 * readers go on from where they were. A battle's latest scoreboard (or its end) that could not be sent is sent again
 * every half second until Redis takes it, so a quiet battle's viewers catch up too; gift alerts lost meanwhile stay
 * lost (the scores count them).
 */
public final class RedisUpdateRelay implements UpdateRelay, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisUpdateRelay.class);
    private static final long BLOCK_MILLIS = 500;
    private static final long WARN_EVERY_NANOS = Duration.ofMinutes(1).toNanos();

    private final StatefulRedisConnection<String, String> writing;
    private final StatefulRedisConnection<String, String> reading;
    private final UpdateCodec codec;
    private final int capacity;
    private final Map<String, Following> followed = new ConcurrentHashMap<>();
    private final Thread reader;
    private final Thread resender;
    private final Map<String, BattleUpdate> unsent = new ConcurrentHashMap<>();
    private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARN_EVERY_NANOS);
    private volatile boolean running = true;

    private static final class Following {
        final Consumer<BattleUpdate> sink;
        volatile String lastId;

        Following(Consumer<BattleUpdate> sink, String lastId) {
            this.sink = sink;
            this.lastId = lastId;
        }
    }

    public RedisUpdateRelay(ClusterRedis redis, BattleJson json, int capacity) {
        this.writing = redis.shared();
        this.reading = redis.dedicated();
        this.reading.setTimeout(Duration.ofMillis(BLOCK_MILLIS * 4));
        this.codec = new UpdateCodec(json);
        this.capacity = capacity;
        this.reader = Thread.ofPlatform().name("battle-updates-reader").daemon().start(this::read);
        this.resender =
                Thread.ofPlatform().name("battle-updates-resender").daemon().start(this::resend);
    }

    static String key(String battleId) {
        return "battle:" + battleId + ":updates";
    }

    @Override
    public void send(BattleUpdate update) {
        boolean state = !(update instanceof BattleUpdate.GiftAlert);
        try {
            add(update).whenComplete((id, failure) -> {
                if (failure == null) {
                    if (state) {
                        unsent.computeIfPresent(
                                update.battleId(),
                                (battle, kept) -> kept.sequence() <= update.sequence() ? null : kept);
                    }
                } else {
                    warn("Could not send an update of battle " + update.battleId(), failure);
                    keepUnsent(update, state);
                }
            });
        } catch (RuntimeException e) {
            warn("Could not send an update of battle " + update.battleId(), e);
            keepUnsent(update, state);
        }
    }

    private java.util.concurrent.CompletionStage<String> add(BattleUpdate update) {
        XAddArgs args =
                XAddArgs.Builder.maxlen(capacity).approximateTrimming(true).id(update.sequence() + "-1");
        return writing.async()
                .xadd(
                        key(update.battleId()),
                        args,
                        UpdateCodec.KIND,
                        codec.kind(update),
                        UpdateCodec.BODY,
                        codec.body(update));
    }

    private void keepUnsent(BattleUpdate update, boolean state) {
        if (state) {
            unsent.merge(update.battleId(), update, (kept, fresh) -> fresh.sequence() > kept.sequence() ? fresh : kept);
        }
    }

    /** Sends the kept scoreboards again while Redis is away; drops one a later update superseded. */
    private void resend() {
        while (running) {
            pause(BLOCK_MILLIS);
            for (BattleUpdate update : List.copyOf(unsent.values())) {
                try {
                    add(update).toCompletableFuture().get(2, java.util.concurrent.TimeUnit.SECONDS);
                    unsent.remove(update.battleId(), update);
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof io.lettuce.core.RedisCommandExecutionException) {
                        unsent.remove(update.battleId(), update); // the stream holds a later update already
                    } else {
                        break; // still away
                    }
                } catch (java.util.concurrent.TimeoutException stillAway) {
                    break;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public void follow(String battleId, Consumer<BattleUpdate> sink) {
        followed.computeIfAbsent(battleId, id -> new Following(sink, backfill(id, sink)));
    }

    @Override
    public void unfollow(String battleId) {
        followed.remove(battleId);
    }

    /** Hands the stream's retained entries to the sink, oldest first; the id of the last one (0-0 when none). */
    private String backfill(String battleId, Consumer<BattleUpdate> sink) {
        try {
            List<StreamMessage<String, String>> newestFirst =
                    writing.sync().xrevrange(key(battleId), Range.unbounded(), Limit.from(capacity));
            String last = "0-0";
            for (int i = newestFirst.size() - 1; i >= 0; i--) {
                StreamMessage<String, String> message = newestFirst.get(i);
                deliver(message, sink);
                last = message.getId();
            }
            return last;
        } catch (RuntimeException e) {
            warn("Could not read the recent updates of battle " + battleId, e);
            return "0-0";
        }
    }

    private void read() {
        while (running) {
            if (followed.isEmpty()) {
                pause(100);
                continue;
            }
            List<XReadArgs.StreamOffset<String>> offsets = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            followed.forEach((battleId, following) -> {
                offsets.add(XReadArgs.StreamOffset.from(key(battleId), following.lastId));
                ids.add(battleId);
            });
            try {
                @SuppressWarnings("unchecked")
                List<StreamMessage<String, String>> messages = reading.sync()
                        .xread(
                                XReadArgs.Builder.block(BLOCK_MILLIS).count(1_000),
                                offsets.toArray(XReadArgs.StreamOffset[]::new));
                for (StreamMessage<String, String> message : messages) {
                    String battleId = battleIdOf(message.getStream());
                    Following following = followed.get(battleId);
                    if (following != null) {
                        deliver(message, following.sink);
                        following.lastId = message.getId();
                    }
                }
            } catch (RuntimeException e) {
                if (running) {
                    warn("Reading battle updates from Redis failed", e);
                    pause(BLOCK_MILLIS);
                }
            }
        }
    }

    private void deliver(StreamMessage<String, String> message, Consumer<BattleUpdate> sink) {
        Map<String, String> body = message.getBody();
        try {
            sink.accept(codec.read(body.get(UpdateCodec.KIND), body.get(UpdateCodec.BODY)));
        } catch (RuntimeException e) {
            warn("Skipped an unreadable update " + message.getId() + " of " + message.getStream(), e);
        }
    }

    private static String battleIdOf(String key) {
        return key.substring("battle:".length(), key.length() - ":updates".length());
    }

    private void warn(String what, Throwable failure) {
        long now = System.nanoTime();
        long last = lastWarning.get();
        if (now - last >= WARN_EVERY_NANOS && lastWarning.compareAndSet(last, now)) {
            log.warn("{}: {} (further failures within a minute are not logged)", what, failure.toString());
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        reader.interrupt();
        resender.interrupt();
        reading.close();
    }
}
