package io.battlesim.engine.agent;

import io.battlesim.engine.powerup.PowerUpKind;
import io.battlesim.engine.powerup.PowerUpRule;
import io.battlesim.engine.powerup.PowerUpRules;
import io.battlesim.engine.powerup.TriggeredBy;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a strategy may do in a step: give gifts and use boosters, each paid from the agent's {@link Wallet} when
 * asked for. A request the wallet cannot cover is refused (false) and costs nothing. Boosters are asked for only
 * when the battle's rules let agents use them and this agent's own last use is past its window and cooldown; the
 * battle may still refuse one (say a teammate used it first), and its price is then lost like a gift sent too late.
 */
public final class Actions {

    private final Wallet wallet;
    private final PowerUpRules rules;
    private final List<Order> orders = new ArrayList<>();
    private final Map<PowerUpKind, Long> lastBoostAt = new EnumMap<>(PowerUpKind.class);
    private final Map<PowerUpKind, Integer> boostsUsed = new EnumMap<>(PowerUpKind.class);
    private long now;

    Actions(Wallet wallet, PowerUpRules rules) {
        this.wallet = wallet;
        this.rules = rules;
    }

    /**
     * Gives {@code count} units of a gift: a streak of {@code count} taps about 100 ms apart for a streakable gift,
     * else one gift of {@code count} units at once.
     *
     * @param gift the gift; never null
     * @param count units, positive
     * @return whether it was paid for (false: not enough coins left, nothing spent)
     */
    public boolean give(CatalogueGift gift, int count) {
        Objects.requireNonNull(gift, "gift must not be null");
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive but was " + count);
        }
        if (!wallet.spend((long) count * gift.coins())) {
            return false;
        }
        orders.add(new Order.Give(gift, count));
        return true;
    }

    /** Whether {@link #boost} would ask for the booster now: allowed for agents, off cooldown, affordable. */
    public boolean mayBoost(PowerUpKind kind) {
        PowerUpRule rule = rule(kind);
        if (!rule.enabled() || !rule.allowedBy().contains(TriggeredBy.AGENT)) {
            return false;
        }
        int used = boostsUsed.getOrDefault(kind, 0);
        if (rule.maxUsesPerSide() > 0 && used >= rule.maxUsesPerSide()) {
            return false;
        }
        Long last = lastBoostAt.get(kind);
        long wait = Math.max(rule.window().toMillis(), rule.cooldown().toMillis());
        if (last != null && now - last < wait) {
            return false;
        }
        return wallet.canAfford(GiftCatalogue.boosterPrice(kind));
    }

    /**
     * Uses a booster for the agent's side, paying {@link GiftCatalogue#boosterPrice}.
     *
     * @param kind the booster; never null
     * @return whether it was asked for and paid (false when {@link #mayBoost} says no)
     */
    public boolean boost(PowerUpKind kind) {
        if (!mayBoost(kind) || !wallet.spend(GiftCatalogue.boosterPrice(kind))) {
            return false;
        }
        lastBoostAt.put(kind, now);
        boostsUsed.merge(kind, 1, Integer::sum);
        orders.add(new Order.Boost(kind));
        return true;
    }

    /** The battle's rule for a booster (its window, multiplier, limits); never null. */
    public PowerUpRule rule(PowerUpKind kind) {
        return rules.rule(Objects.requireNonNull(kind, "kind must not be null"));
    }

    /** Starts a step at {@code at}: clears the previous step's orders. */
    void begin(long at) {
        now = at;
        if (!orders.isEmpty()) {
            orders.clear();
        }
    }

    List<Order> orders() {
        return orders;
    }
}
