/**
 * Exactly-once support: remembers the message ids a battle has seen so re-deliveries and replays after a
 * reconnect never count twice. Memory grows with the battle's events and is released with the battle.
 */
@NullMarked
package io.battlesim.engine.dedupe;

import org.jspecify.annotations.NullMarked;
