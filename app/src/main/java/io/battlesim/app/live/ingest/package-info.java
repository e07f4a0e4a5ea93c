/**
 * The ingest API for LIVE connectors users already run (TikTok-Live-Connector's flat event shape, {@code
 * live-events.md} section 3): {@code POST /api/battles/{id}/events} and the WebSocket {@code
 * /api/battles/{id}/events/ws}, authenticated with the battle's ingest key. Every event is validated first (a
 * missing or wrong field is named), then the valid ones are submitted and each event is answered on its own:
 * accepted, ignored (logged, but the battle applied nothing for it), duplicate, late or rejected, with the reason;
 * each event is applied whole or not at all, whatever became of the others in its request.
 */
@org.jspecify.annotations.NullMarked
package io.battlesim.app.live.ingest;
