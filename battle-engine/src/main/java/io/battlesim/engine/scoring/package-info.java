/**
 * Battle statistics kept while events are applied: per-gifter contributions and the top gifters (MVP) of a
 * side, the lead-change timeline, and the recent commits from which the end-of-battle "snipes" are taken.
 */
@NullMarked
package io.battlesim.engine.scoring;

import org.jspecify.annotations.NullMarked;
