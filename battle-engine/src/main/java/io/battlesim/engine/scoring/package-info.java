/**
 * Battle statistics kept while events are applied: per-gifter contributions and the top gifters (MVP) of a
 * side, the lead-change timeline, and the "snipes": gifts of the final seconds that turned the battle.
 */
@NullMarked
package io.battlesim.engine.scoring;

import org.jspecify.annotations.NullMarked;
