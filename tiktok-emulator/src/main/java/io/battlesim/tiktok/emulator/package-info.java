/**
 * An offline TikTok for development, demos and tests: Login Kit OAuth v2 with a real consent page, the Display
 * API ({@code /v2/user/info/}, {@code /v2/video/list/}, {@code /v2/video/query/}), deterministic sandbox creator
 * accounts with video catalogues whose counts grow on the emulator clock, TikTok's per-token rate limits,
 * switchable fault injection, and LIVE rooms with generated gift streams speaking the Live API of our design
 * ({@code /live/v1/}, controlled through {@link io.battlesim.tiktok.emulator.LiveRooms}). {@link io.battlesim.tiktok.emulator.TikTokEmulator} is transport-agnostic; {@link
 * io.battlesim.tiktok.emulator.EmulatorServer} serves it over the JDK HTTP server and {@link
 * io.battlesim.tiktok.emulator.EmulatorServlet} mounts it in a servlet container. The types in this package are
 * the module's API; the sub-packages are its internals.
 */
@NullMarked
package io.battlesim.tiktok.emulator;

import org.jspecify.annotations.NullMarked;
