package io.battlesim.app.battle;

import io.battlesim.engine.BattleSnapshot;
import java.time.Instant;
import java.util.Objects;

/**
 * A battle as other modules see it; never carries the ingest key.
 *
 * @param id the battle's id
 * @param title its title, untrusted text
 * @param status where it is in its life
 * @param setup what it was created from
 * @param overlayToken the unguessable read-only token of its OBS overlay
 * @param createdAt when it was created
 * @param snapshot the engine's state (scores, timer, supporters, effects)
 */
public record BattleView(
        String id,
        String title,
        BattleStatus status,
        BattleSetup setup,
        String overlayToken,
        Instant createdAt,
        BattleSnapshot snapshot) {

    public BattleView {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(status, "status must not be null");
        Objects.requireNonNull(setup, "setup must not be null");
        Objects.requireNonNull(overlayToken, "overlayToken must not be null");
        Objects.requireNonNull(createdAt, "createdAt must not be null");
        Objects.requireNonNull(snapshot, "snapshot must not be null");
    }

    @Override
    public String toString() {
        return "BattleView[id=" + id + ", status=" + status + ", version=" + snapshot.version() + "]";
    }
}
