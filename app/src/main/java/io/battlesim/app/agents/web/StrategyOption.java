package io.battlesim.app.agents.web;

import io.battlesim.engine.agent.StrategyKind;
import java.util.Arrays;
import java.util.List;

/** A strategy as the start form offers it: its code, a label and what it does in a few words. */
record StrategyOption(String code, String label, String description) {

    static List<StrategyOption> all() {
        return Arrays.stream(StrategyKind.values()).map(StrategyOption::of).toList();
    }

    static StrategyOption of(StrategyKind kind) {
        return switch (kind) {
            case STEADY -> new StrategyOption(kind.name(), "Steady", "spends its budget evenly, in small streaks");
            case SNIPER ->
                new StrategyOption(kind.name(), "Sniper", "keeps most of it for the last seconds, then gives big");
            case WHALE ->
                new StrategyOption(
                        kind.name(), "Whale", "waits, and answers every big opposing gift with a bigger one");
            case REACTIVE ->
                new StrategyOption(kind.name(), "Reactive", "spends while its side is behind, more the further behind");
            case PLANNER ->
                new StrategyOption(kind.name(), "Planner", "spends when it most raises its side's chance of winning");
        };
    }
}
