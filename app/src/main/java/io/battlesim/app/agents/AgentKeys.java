package io.battlesim.app.agents;

import io.battlesim.engine.agent.StrategyKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * An agent's identity across tournaments: the same name, strategy, budget and tunables are the same agent, so its
 * rating carries from one tournament to the board. The key is a SHA-256 of those four, cut to 128 bits.
 */
final class AgentKeys {

    private AgentKeys() {}

    static String of(String name, StrategyKind strategy, long budget, Map<String, Double> params) {
        String canonical = name + '\n' + strategy.name() + '\n' + budget + '\n' + new TreeMap<>(params);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
