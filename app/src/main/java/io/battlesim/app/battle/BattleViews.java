package io.battlesim.app.battle;

import io.battlesim.app.battle.persistence.BattleEventLog;
import io.battlesim.app.battle.persistence.BattleRepository;
import io.battlesim.app.battle.persistence.BattleResultRow;
import io.battlesim.app.battle.persistence.BattleRow;
import io.battlesim.engine.Battle;
import io.battlesim.engine.BattleSnapshot;
import io.battlesim.engine.Phase;
import org.springframework.stereotype.Component;

/** Builds {@link BattleView}s: from a running battle, or for an ended one from its saved result. */
@Component
class BattleViews {

    private final BattleRepository repository;
    private final BattleEventLog log;

    BattleViews(BattleRepository repository, BattleEventLog log) {
        this.repository = repository;
        this.log = log;
    }

    BattleView of(RunningBattle battle) {
        BattleSnapshot snapshot = battle.snapshot();
        return of(battle.row(), snapshot.phase() == Phase.ENDED ? BattleStatus.ENDED : BattleStatus.LIVE, snapshot);
    }

    BattleView of(BattleRow row, BattleSnapshot snapshot) {
        return of(row, row.status(), snapshot);
    }

    /** An ended battle with its final snapshot (saved with the result, or replayed from the log if missing). */
    BattleView ended(BattleRow row) {
        BattleSnapshot snapshot = repository
                .findResult(row.id())
                .map(BattleResultRow::statistics)
                .map(statistics -> statistics.snapshot())
                .orElseGet(() -> replay(row));
        return of(row, BattleStatus.ENDED, snapshot);
    }

    /** A battle's state as its log holds it (another node runs it and its updates said nothing yet). */
    BattleSnapshot replayed(BattleRow row) {
        return replay(row);
    }

    private BattleSnapshot replay(BattleRow row) {
        Battle battle = new Battle(BattleConfigs.toConfig(row.id(), row.setup()));
        log.readAll(row.id(), entry -> battle.apply(entry.event()));
        return battle.snapshot();
    }

    private static BattleView of(BattleRow row, BattleStatus status, BattleSnapshot snapshot) {
        return new BattleView(
                row.id(), row.title(), status, row.setup(), row.overlayToken(), row.createdAt(), snapshot);
    }
}
