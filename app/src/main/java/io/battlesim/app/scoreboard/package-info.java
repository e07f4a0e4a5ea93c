/**
 * What viewers see of a battle: the start-battle form, the live scoreboard page, the OBS overlay and the battle
 * history, all fed in real time over Server-Sent Events. One broadcaster per battle follows the battle's
 * {@link io.battlesim.app.battle.BattleUpdates} once, serialises each update once into an SSE frame and fans it
 * out to every connected client through non-blocking servlet writes (a bounded lag per client, resume with
 * {@code Last-Event-ID}). Clients only ever receive compact view records, never the engine's own objects.
 */
@ApplicationModule(allowedDependencies = {"battle", "live", "auth", "tiktok", "leaderboard", "audience"})
@NullMarked
package io.battlesim.app.scoreboard;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
