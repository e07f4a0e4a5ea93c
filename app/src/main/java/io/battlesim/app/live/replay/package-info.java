/**
 * Replays of recorded battles: a JSON Lines file (one ingest-shaped event per line, each with {@code createTime}
 * in epoch milliseconds) is validated completely first (any bad line: nothing is submitted, every bad line is
 * listed), then its events are submitted with their original spacing divided by a speed factor (1x, 2x, 10x or as
 * fast as possible), stamped with the time they are submitted.
 */
@org.jspecify.annotations.NullMarked
package io.battlesim.app.live.replay;
