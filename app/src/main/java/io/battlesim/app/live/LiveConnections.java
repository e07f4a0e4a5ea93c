package io.battlesim.app.live;

import io.battlesim.app.live.connector.ConnectorRegistry;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;

/** The Live API connections of running battles, one per room, for the scoreboard page. */
@Service
public class LiveConnections {

    private final ConnectorRegistry registry;

    LiveConnections(ConnectorRegistry registry) {
        this.registry = registry;
    }

    /**
     * The connections of a battle, in the order of its sides and rooms.
     *
     * @param battleId the battle; never null
     * @return one status per room; empty when the battle has no Live API source (or is not running); never null
     */
    public List<ConnectionStatus> status(String battleId) {
        Objects.requireNonNull(battleId, "battleId must not be null");
        return registry.status(battleId);
    }
}
