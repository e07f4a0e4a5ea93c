/**
 * Server-Sent Events for scoreboards and overlays: one {@code BattleBroadcaster} per battle subscribed once to
 * the battle's updates, each update serialised once into a shared frame kept in a bounded ring, and a
 * non-blocking servlet writer per client that drains the ring from its own cursor on a small fan-out pool (no
 * thread waits for a slow client; one that falls too far behind is disconnected and resumes with
 * {@code Last-Event-ID}).
 */
@org.jspecify.annotations.NullMarked
package io.battlesim.app.scoreboard.stream;
