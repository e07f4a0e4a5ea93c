/**
 * Battle analytics: how a battle went (both scores over time, lead changes, gifts by type and value band, top gifters
 * per side, last-seconds snipes, each booster's effect, a replay) and how a creator's battles go (record, best
 * supporters, when gifts arrive, the typical gift mix, how battles end). A battle's figures are computed once from
 * its event log when it ends ({@link io.battlesim.app.battle.BattleFinished}), replayed through the engine by {@link
 * io.battlesim.app.battle.BattleHistory}, and stored with the battle (deleted with it); a running battle's are
 * computed on request. Battles their owner took off the public boards stay visible to their owner only.
 */
@ApplicationModule(allowedDependencies = {"battle", "leaderboard", "auth"})
@NullMarked
package io.battlesim.app.analytics;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
