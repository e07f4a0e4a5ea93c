package io.battlesim.bench.cluster;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The battle's update stream in Redis ({@code battle:<id>:updates}, cluster mode only): its entries and the memory it
 * takes, read after the load; the benchmark deletes it afterwards (the Redis is shared, and never flushed here).
 *
 * @param key the stream's key
 * @param entries {@code XLEN}, -1 when Redis could not be read
 * @param bytes {@code MEMORY USAGE}
 */
record Streams(String key, long entries, long bytes) {

    static Streams read(Rig rig, ClusterApi.Battle battle) {
        String key = "battle:" + battle.id() + ":updates";
        @Nullable RedisProbe redis = rig.redis();
        try {
            return redis == null ? new Streams(key, -1, 0) : new Streams(key, redis.xlen(key), redis.memoryUsage(key));
        } catch (IOException | RuntimeException e) {
            return new Streams(key, -1, 0);
        }
    }

    void report(Results results, String section) throws IOException {
        results.add(
                section,
                "the battle's Redis stream: entries, memory",
                entries <= 0 ? "none" : "%,d entries, %,.0f KB (%,.0f bytes an entry)",
                entries,
                bytes / 1024.0,
                bytes / (double) Math.max(1, entries));
    }

    void forget(Rig rig) {
        @Nullable RedisProbe redis = rig.redis();
        try {
            if (redis != null && entries > 0) {
                redis.delete(key);
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("could not delete " + key + ": " + e);
        }
    }
}
