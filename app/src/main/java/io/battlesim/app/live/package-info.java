/**
 * Live sources that feed battles with events: the connector to the Live API of our design (room lookup by
 * username and one WebSocket per room of a battle, reconnecting with backoff and resuming from the last
 * acknowledged {@code seq}), the ingest API for connectors users already run (HTTP batches and a WebSocket,
 * authenticated with the battle's ingest key), replays of recorded JSON Lines files, and the demo battle of
 * emulator mode. Other modules use {@link io.battlesim.app.live.RoomDirectory}, {@link
 * io.battlesim.app.live.LiveConnections} and {@link io.battlesim.app.live.DemoBattles}.
 */
@org.jspecify.annotations.NullMarked
package io.battlesim.app.live;
