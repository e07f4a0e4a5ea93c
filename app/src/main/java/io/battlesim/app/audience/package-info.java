/**
 * Audience interaction: the viewer page of a battle (a short link and a QR code, no account needed), viewers' votes
 * for a side and for booster goals, the creator's audience rules, and the audience view every page and overlay
 * shows. Votes are identified by a signed viewer cookie (or the TikTok account when the viewer signed in), limited
 * per address, and counted by the battle itself ({@link io.battlesim.app.battle.BattleAudience}), which logs each one
 * with the battle's events.
 */
@ApplicationModule(allowedDependencies = {"battle", "auth", "ratelimit"})
@NullMarked
package io.battlesim.app.audience;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
