package io.battlesim.app.agents;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the tournaments ({@code app.agents}).
 *
 * @param parallelTournaments tournaments this node plays at once (each takes a core while it runs); the rest queue
 * @param maxQueued most tournaments waiting at once across all users (a new one beyond is refused with 503)
 * @param maxGames most battles one tournament may play
 * @param progressInterval how often a running tournament stores how far it got
 */
@ConfigurationProperties("app.agents")
public record AgentSettings(
        @DefaultValue("1") int parallelTournaments,
        @DefaultValue("50") int maxQueued,
        @DefaultValue("20000") int maxGames,
        @DefaultValue("500ms") Duration progressInterval) {

    public AgentSettings {
        if (parallelTournaments < 1 || maxQueued < 1 || maxGames < 1) {
            throw new IllegalArgumentException("app.agents.parallel-tournaments, max-queued and max-games must be"
                    + " positive but were " + parallelTournaments + ", " + maxQueued + " and " + maxGames);
        }
    }
}
