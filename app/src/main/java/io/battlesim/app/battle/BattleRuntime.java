package io.battlesim.app.battle;

import io.battlesim.app.battle.persistence.BattleEventLog;
import io.battlesim.app.battle.persistence.BattleRepository;
import java.time.Clock;

/** What a running battle's writer needs, in one place. */
record BattleRuntime(
        BattleEventLog log,
        BattleRepository repository,
        InProcessBattleUpdates updates,
        BattleMetrics metrics,
        BattleFinisher finisher,
        Clock clock,
        BattleSettings settings,
        BattleLeases leases) {}
