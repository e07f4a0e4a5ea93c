package io.battlesim.app.cluster;

import java.time.Duration;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of cluster mode, bound from {@code app.cluster}.
 *
 * @param redisUrl the Redis every node shares ({@code redis://host:6379/0}); blank (the default) runs a single node
 * @param nodeId this node's name, unique in the cluster (default: a random one per start)
 * @param internalUrl how the other nodes reach this one directly (forwarded ingest), such as {@code
 *     http://10.0.0.5:8080}; default {@code http://127.0.0.1:<server.port>}
 * @param secret a secret every node shares, which calls between nodes carry; required in cluster mode
 * @param leaseTtl how long a battle's writer lease lasts without renewal: a dead node's battles move after this
 * @param renewEvery how often a node renews its leases and looks for battles without a live owner
 */
@ConfigurationProperties("app.cluster")
public record ClusterSettings(
        @Nullable String redisUrl,
        @Nullable String nodeId,
        @Nullable String internalUrl,
        @Nullable String secret,
        @DefaultValue("10s") Duration leaseTtl,
        @DefaultValue("2s") Duration renewEvery) {

    private static final String RANDOM_NODE =
            "node-" + UUID.randomUUID().toString().substring(0, 8);

    /** Whether cluster mode is on (a Redis URL is set). */
    public boolean enabled() {
        return redisUrl != null && !redisUrl.isBlank();
    }

    /** This node's id: the configured one, or a random one chosen at start. */
    public String node() {
        return nodeId == null || nodeId.isBlank() ? RANDOM_NODE : nodeId;
    }
}
