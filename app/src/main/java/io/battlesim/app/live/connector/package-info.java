/**
 * The Live API connector: one JDK WebSocket per LIVE room of a running LIVE_API battle, with the battle owner's
 * bearer token (the demo account's for the demo battle). Frames become engine events submitted in small batches;
 * the last sequence number the battle acknowledged is kept (and saved), and after a dropped connection the
 * connector reconnects with exponential backoff and jitter using it as the stream's {@code cursor}, so no event is
 * lost and re-delivered ones are duplicates the battle ignores.
 */
@org.jspecify.annotations.NullMarked
package io.battlesim.app.live.connector;
