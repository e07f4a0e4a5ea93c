package io.battlesim.app.leaderboard;

import io.battlesim.app.cluster.ClusterEvents;
import io.battlesim.app.cluster.OnClusterMode;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Cluster mode: one node applies new tallies, but overlays of the boards are open on every node. Each {@link
 * LeaderboardsChanged} of this node is told to the others, which publish it to their own listeners.
 */
@Component
@OnClusterMode
class LeaderboardsChangedRelay {

    private static final String TOPIC = "leaderboards-changed";
    private static final ThreadLocal<Boolean> RELAYING = ThreadLocal.withInitial(() -> false);

    private final ClusterEvents cluster;

    LeaderboardsChangedRelay(ClusterEvents cluster, ApplicationEventPublisher events) {
        this.cluster = cluster;
        cluster.subscribe(TOPIC, body -> {
            RELAYING.set(true);
            try {
                events.publishEvent(decode(body));
            } finally {
                RELAYING.set(false);
            }
        });
    }

    @EventListener
    void on(LeaderboardsChanged changed) {
        if (!RELAYING.get()) {
            cluster.publish(TOPIC, encode(changed));
        }
    }

    /** Battle ids and creator usernames hold no spaces or newlines: two space-separated lines. */
    static String encode(LeaderboardsChanged changed) {
        return String.join(" ", changed.battles()) + "\n" + String.join(" ", changed.creators());
    }

    static LeaderboardsChanged decode(String body) {
        int newline = body.indexOf('\n');
        return new LeaderboardsChanged(
                words(body.substring(0, Math.max(0, newline))), words(body.substring(newline + 1)));
    }

    private static Set<String> words(String line) {
        return Arrays.stream(line.split(" ")).filter(word -> !word.isEmpty()).collect(Collectors.toSet());
    }
}
