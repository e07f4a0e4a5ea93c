/**
 * The battle pages: start a battle, the live scoreboard with its owner controls and OBS instructions, the OBS
 * overlay and the history, plus the security rules of these paths (open to viewers; the read-only overlay and
 * its stream need no session).
 */
@org.jspecify.annotations.NullMarked
package io.battlesim.app.scoreboard.web;
