package io.battlesim.bench.cluster;

import java.io.IOException;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * What every phase of one setup works with: the settings, the nodes' API, the shared Redis and PostgreSQL as far as
 * they can be read, and the results.
 */
record Rig(
        Settings settings,
        ClusterApi api,
        @Nullable RedisProbe redis,
        @Nullable PostgresProbe database,
        Results results) {

    int nodes() {
        return api.nodes();
    }

    long pid(int node) {
        return settings.pids().get(node);
    }

    /** {@code INFO section field} of the Redis, -1 when it cannot be read. */
    long redisInfo(String section, String field) {
        try {
            return redis == null ? -1 : redis.infoNumber(section, field);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The database's commit and inserted-row counters, -1s when it cannot be read. */
    long[] databaseCounters() {
        try {
            return database == null ? new long[] {-1, -1} : database.counters();
        } catch (SQLException | RuntimeException e) {
            return new long[] {-1, -1};
        }
    }
}
