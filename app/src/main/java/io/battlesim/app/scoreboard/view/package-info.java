/**
 * The compact view records sent to scoreboards and overlays (and rendered into the first page load), made from
 * the engine's snapshots and the battle's gift alerts, plus the gift catalogue with its icons. Untrusted text
 * (labels, nicknames, gift names) is carried as-is: templates escape it and scripts insert it with
 * {@code textContent}.
 */
@org.jspecify.annotations.NullMarked
package io.battlesim.app.scoreboard.view;
