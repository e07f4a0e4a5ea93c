package io.battlesim.engine.powerup;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Applies the per-kind rules to power-up triggers and remembers the uses (per side and per battle, last use per
 * side for cooldowns). Engine-internal and not thread-safe.
 */
public final class PowerUpLedger {

    private static final int KINDS = PowerUpKind.values().length;

    private final PowerUpRules rules;
    private final int[][] usesBySide;
    private final long[][] lastUseBySide;
    private final int[] usesInBattle = new int[KINDS];
    private final long[] windowMillis = new long[KINDS];
    private final long[] cooldownMillis = new long[KINDS];

    /** A ledger for a battle with {@code sides} sides. */
    public PowerUpLedger(PowerUpRules rules, int sides) {
        this.rules = Objects.requireNonNull(rules, "rules must not be null");
        this.usesBySide = new int[sides][KINDS];
        this.lastUseBySide = new long[sides][KINDS];
        for (PowerUpKind kind : PowerUpKind.values()) {
            windowMillis[kind.ordinal()] = rules.rule(kind).window().toMillis();
            cooldownMillis[kind.ordinal()] = rules.rule(kind).cooldown().toMillis();
        }
    }

    /**
     * Checks a trigger against the rules. A side's own previous use still running counts as already active.
     *
     * @return the reason for refusing it, or null when it may go ahead
     */
    public @Nullable RejectReason check(PowerUpKind kind, int side, TriggeredBy by, long at) {
        PowerUpRule rule = rules.rule(kind);
        int k = kind.ordinal();
        if (!rule.enabled()) {
            return RejectReason.DISABLED;
        }
        if (!rule.allowedBy().contains(by)) {
            return RejectReason.TRIGGER_NOT_ALLOWED;
        }
        boolean used = usesBySide[side][k] > 0;
        long sinceLastUse = at - lastUseBySide[side][k];
        if (used && sinceLastUse < windowMillis[k]) {
            return RejectReason.ALREADY_ACTIVE;
        }
        if (rule.maxUsesPerBattle() > 0 && usesInBattle[k] >= rule.maxUsesPerBattle()) {
            return RejectReason.BATTLE_LIMIT_REACHED;
        }
        if (rule.maxUsesPerSide() > 0 && usesBySide[side][k] >= rule.maxUsesPerSide()) {
            return RejectReason.SIDE_LIMIT_REACHED;
        }
        if (used && sinceLastUse < cooldownMillis[k]) {
            return RejectReason.COOLDOWN;
        }
        return null;
    }

    /** Records an accepted use (also used for TikTok's own cards in mirror mode, which bypass the rules). */
    public void record(PowerUpKind kind, int side, long at) {
        int k = kind.ordinal();
        usesBySide[side][k]++;
        usesInBattle[k]++;
        lastUseBySide[side][k] = Math.max(lastUseBySide[side][k], at);
    }

    /** How often the side has used the kind. */
    public int uses(PowerUpKind kind, int side) {
        return usesBySide[side][kind.ordinal()];
    }

    /** The rule for one kind. */
    public PowerUpRule rule(PowerUpKind kind) {
        return rules.rule(kind);
    }
}
