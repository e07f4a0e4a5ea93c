package io.battlesim.app.battle.persistence;

import io.battlesim.app.battle.BattleSetup;
import io.battlesim.app.battle.BattleStatus;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A row of table {@code battle}. The setup's owner is the row's {@code owner_user_id} (cleared when the owner
 * deletes their account).
 *
 * @param id the battle's id
 * @param status where it is in its life
 * @param setup what it was created from, owner included
 * @param overlayToken the overlay's read-only token
 * @param ingestKeyHash hex SHA-256 of the ingest key
 * @param createdAt creation time
 * @param startedAt start time, or null while scheduled
 * @param endedAt end time, or null while not ended
 * @param lastSequence the update sequence high-water mark
 */
public record BattleRow(
        String id,
        BattleStatus status,
        BattleSetup setup,
        String overlayToken,
        String ingestKeyHash,
        Instant createdAt,
        @Nullable Instant startedAt,
        @Nullable Instant endedAt,
        long lastSequence) {

    public BattleRow {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(status, "status must not be null");
        Objects.requireNonNull(setup, "setup must not be null");
        Objects.requireNonNull(overlayToken, "overlayToken must not be null");
        Objects.requireNonNull(ingestKeyHash, "ingestKeyHash must not be null");
        Objects.requireNonNull(createdAt, "createdAt must not be null");
    }

    /** The battle's title. */
    public String title() {
        return setup.title();
    }

    @Override
    public String toString() {
        return "BattleRow[id=" + id + ", status=" + status + "]";
    }
}
