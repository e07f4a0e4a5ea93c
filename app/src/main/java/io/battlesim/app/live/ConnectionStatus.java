package io.battlesim.app.live;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The state of the connection to one LIVE room of a battle, for the scoreboard page.
 *
 * @param roomId the room; never null
 * @param username the creator hosting it; never null
 * @param state connecting, connected, reconnecting or closed; never null
 * @param lastError the latest problem (refused token, room offline, dropped connection), or null; no secrets
 * @param lastSeq the last stream sequence number whose events the battle acknowledged, -1 before any
 * @param reconnects how many times the connection was made again
 * @param since when the current state began; never null
 */
public record ConnectionStatus(
        String roomId,
        String username,
        ConnectionState state,
        @Nullable String lastError,
        long lastSeq,
        int reconnects,
        Instant since) {

    public ConnectionStatus {
        Objects.requireNonNull(roomId, "roomId must not be null");
        Objects.requireNonNull(username, "username must not be null");
        Objects.requireNonNull(state, "state must not be null");
        Objects.requireNonNull(since, "since must not be null");
    }
}
