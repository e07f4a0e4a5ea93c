package io.battlesim.engine.powerup;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The rule for every kind of power-up in a battle.
 *
 * @param rules one rule per kind; never null, must name every kind
 */
public record PowerUpRules(Map<PowerUpKind, PowerUpRule> rules) {

    public PowerUpRules {
        Objects.requireNonNull(rules, "rules must not be null");
        for (PowerUpKind kind : PowerUpKind.values()) {
            if (!rules.containsKey(kind)) {
                throw new IllegalArgumentException("rules must name every power-up kind, missing " + kind);
            }
        }
        rules = Map.copyOf(rules);
    }

    /** TikTok-like defaults: x2 glove, mist and stun for 30 s each (once a minute per side), 3 time makers of 10 s. */
    public static PowerUpRules standard() {
        Map<PowerUpKind, PowerUpRule> map = new EnumMap<>(PowerUpKind.class);
        map.put(PowerUpKind.BOOSTING_GLOVE, PowerUpRule.boostingGlove(2));
        map.put(PowerUpKind.MAGIC_MIST, PowerUpRule.magicMist());
        map.put(PowerUpKind.STUN_HAMMER, PowerUpRule.stunHammer());
        map.put(PowerUpKind.TIME_MAKER, PowerUpRule.timeMaker());
        return new PowerUpRules(map);
    }

    /** Every power-up disabled. */
    public static PowerUpRules none() {
        Map<PowerUpKind, PowerUpRule> map = new EnumMap<>(PowerUpKind.class);
        for (PowerUpKind kind : PowerUpKind.values()) {
            map.put(kind, PowerUpRule.disabled());
        }
        return new PowerUpRules(map);
    }

    /** These rules with one kind's rule replaced. */
    public PowerUpRules with(PowerUpKind kind, PowerUpRule rule) {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(rule, "rule must not be null");
        Map<PowerUpKind, PowerUpRule> map = new EnumMap<>(rules);
        map.put(kind, rule);
        return new PowerUpRules(map);
    }

    /** The rule for one kind; never null. */
    public PowerUpRule rule(PowerUpKind kind) {
        return rules.get(Objects.requireNonNull(kind, "kind must not be null"));
    }
}
