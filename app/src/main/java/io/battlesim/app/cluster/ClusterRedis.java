package io.battlesim.app.cluster;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import jakarta.annotation.PreDestroy;
import java.util.Objects;

/**
 * This node's Redis client (Lettuce): one shared connection for commands (Lettuce multiplexes it, and reconnects it
 * after Redis restarts; commands sent meanwhile fail at once), and dedicated connections for blocking reads. Exists
 * only in cluster mode.
 */
public final class ClusterRedis {

    private final RedisClient client;
    private final StatefulRedisConnection<String, String> shared;

    public ClusterRedis(String redisUrl) {
        Objects.requireNonNull(redisUrl, "redisUrl must not be null");
        this.client = RedisClient.create(redisUrl);
        // while Redis is away, commands fail at once instead of queueing without bound: updates are repaired by the
        // next scoreboard, rate limits fail open
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .requestQueueSize(100_000)
                .build());
        this.shared = client.connect();
    }

    /** The shared connection for non-blocking commands; do not close it. */
    public StatefulRedisConnection<String, String> shared() {
        return shared;
    }

    /** A new connection for one blocking reader (its owner closes it). */
    public StatefulRedisConnection<String, String> dedicated() {
        return client.connect();
    }

    /** A new connection with keys as strings and values as bytes (Bucket4j's proxy manager; its owner closes it). */
    public StatefulRedisConnection<String, byte[]> binary() {
        return client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
    }

    /** The client, for libraries that open their own connections. */
    public RedisClient client() {
        return client;
    }

    @PreDestroy
    public void close() {
        shared.close();
        client.shutdown();
    }
}
