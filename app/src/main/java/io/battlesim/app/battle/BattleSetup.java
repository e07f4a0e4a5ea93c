package io.battlesim.app.battle;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a battle is created from.
 *
 * @param title a display title, untrusted text; never null
 * @param sides two or more sides; never null
 * @param rules the rules; never null
 * @param source where its events come from; never null
 * @param ownerUserId the app user who owns it (may end it, trigger boosters, see the ingest key), or null (demo)
 * @param practice for a practice battle, the agent playing its last side; null otherwise
 * @param simulation for a simulated battle, who plays every side; null otherwise
 */
public record BattleSetup(
        String title,
        List<SideSetup> sides,
        BattleRules rules,
        SourceKind source,
        @Nullable Long ownerUserId,
        @Nullable Practice practice,
        @Nullable Simulation simulation) {

    public BattleSetup {
        Objects.requireNonNull(title, "title must not be null");
        sides = List.copyOf(Objects.requireNonNull(sides, "sides must not be null"));
        Objects.requireNonNull(rules, "rules must not be null");
        Objects.requireNonNull(source, "source must not be null");
    }

    /** A real battle's setup. */
    public BattleSetup(
            String title, List<SideSetup> sides, BattleRules rules, SourceKind source, @Nullable Long ownerUserId) {
        this(title, sides, rules, source, ownerUserId, null, null);
    }

    /** A practice battle's setup. */
    public BattleSetup(
            String title,
            List<SideSetup> sides,
            BattleRules rules,
            SourceKind source,
            @Nullable Long ownerUserId,
            @Nullable Practice practice) {
        this(title, sides, rules, source, ownerUserId, practice, null);
    }

    /**
     * Whether agents play in it (a practice battle or a simulation): then it never counts on the leaderboards, in a
     * creator's record or in the recorded crowds.
     */
    public boolean simulated() {
        return practice != null || simulation != null;
    }

    /** This setup with another owner (null: none). */
    public BattleSetup withOwner(@Nullable Long owner) {
        return new BattleSetup(title, sides, rules, source, owner, practice, simulation);
    }
}
