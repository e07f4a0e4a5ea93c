/**
 * Leaderboards: top gifters of the platform, of each creator and of each battle, for today, this week, this month
 * and all time (UTC); top creators by wins, win rate and coins received; a gifter's own rank with the neighbours
 * above and below; an OBS overlay of the top gifters, live. Totals are maintained, never scanned: the battle module
 * stores what each write adds ({@link io.battlesim.app.battle.BattleTally}) in the writer's transaction, and this
 * module adds it to its totals exactly once. A battle its owner hides, or deletes, is taken off every public board.
 * The top AI agents board shows the agents module's ratings across tournaments ({@link
 * io.battlesim.app.agents.AgentRatings}).
 */
@ApplicationModule(allowedDependencies = {"battle", "auth", "agents", "cluster"})
@NullMarked
package io.battlesim.app.leaderboard;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
