/**
 * Live battles: creating, starting and ending battles, the durable per-battle event log (every accepted event is
 * appended in batches before it is acknowledged), the engine applying the log in order, real-time updates for
 * scoreboards and overlays, rebuilding running battles from their logs at start-up, and the history of finished
 * battles. Other modules feed events through {@link io.battlesim.app.battle.BattleManagement}, follow battles
 * through {@link io.battlesim.app.battle.BattleUpdates} and listen to the {@link
 * io.battlesim.app.battle.BattleStarted}, {@link io.battlesim.app.battle.BattleResumed} and {@link
 * io.battlesim.app.battle.BattleFinished} application events.
 */
@org.jspecify.annotations.NullMarked
package io.battlesim.app.battle;
