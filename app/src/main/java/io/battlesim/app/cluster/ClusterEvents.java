package io.battlesim.app.cluster;

import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Small notices every node of the cluster hears, through Redis pub/sub (channel {@code cluster:<topic>}): fire and
 * forget, for things a node can also find out by itself later (a board to read again). A node does not hear its own
 * notices. Exists only in cluster mode.
 */
public final class ClusterEvents {

    private static final Logger log = LoggerFactory.getLogger(ClusterEvents.class);
    private static final String PREFIX = "cluster:";
    private static final char SEPARATOR = '\n';

    private final ClusterRedis redis;
    private final String node;
    private final StatefulRedisPubSubConnection<String, String> listening;
    private final Map<String, Consumer<String>> handlers = new ConcurrentHashMap<>();

    public ClusterEvents(ClusterRedis redis, ClusterSettings settings) {
        this.redis = redis;
        this.node = settings.node();
        this.listening = redis.client().connectPubSub();
        listening.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, String message) {
                deliver(channel, message);
            }
        });
    }

    /** Calls {@code handler} with the body of every notice another node publishes on {@code topic}. */
    public void subscribe(String topic, Consumer<String> handler) {
        handlers.put(topic, handler);
        listening.async().subscribe(PREFIX + topic);
    }

    /** Tells the other nodes; never blocks, never throws (a notice lost while Redis is away is lost). */
    public void publish(String topic, String body) {
        try {
            redis.shared().async().publish(PREFIX + topic, node + SEPARATOR + body);
        } catch (RuntimeException e) {
            log.debug("Could not publish a cluster notice on {}: {}", topic, e.toString());
        }
    }

    private void deliver(String channel, String message) {
        int separator = message.indexOf(SEPARATOR);
        if (separator < 0 || message.substring(0, separator).equals(node)) {
            return;
        }
        Consumer<String> handler = handlers.get(channel.substring(PREFIX.length()));
        if (handler != null) {
            try {
                handler.accept(message.substring(separator + 1));
            } catch (RuntimeException e) {
                log.warn("A handler of cluster notices on {} failed", channel, e);
            }
        }
    }

    @PreDestroy
    public void close() {
        listening.close();
    }
}
