/**
 * Storage of battles: the battle rows, the append-only event log written in group-committed batches, the saved
 * results, and the JSON forms of engine events, setups and statistics. Internal to the battle module.
 */
@org.jspecify.annotations.NullMarked
package io.battlesim.app.battle.persistence;
