package io.battlesim.engine;

import io.battlesim.engine.scoring.Gifter;
import java.util.List;
import java.util.Map;

/**
 * A battle's full statistics, for saving when it ends: the snapshot plus every supporter and the counters of
 * what was not applied.
 *
 * @param snapshot the battle's snapshot
 * @param giftersBySide every supporter per side id (configuration order), best first
 * @param duplicates events dropped as re-deliveries
 * @param ignored events that changed nothing
 * @param lateEvents events that came after the end
 * @param rejected power-up triggers the rules refused
 * @param inferredCommits streaks finalised without their end event
 */
public record BattleStatistics(
        BattleSnapshot snapshot,
        Map<String, List<Gifter>> giftersBySide,
        long duplicates,
        long ignored,
        long lateEvents,
        long rejected,
        long inferredCommits) {}
