package io.battlesim.tiktok.emulator.live;

import java.time.Clock;
import java.util.function.Supplier;

/**
 * What every room shares.
 *
 * @param clock the emulator clock
 * @param epoch a salt that differs between emulator runs with different start times, so message ids of a restarted
 *     emulator do not repeat the previous run's
 * @param baseUrl the emulator's public base URL, for avatar and gift image URLs
 * @param viewers the viewer pool
 * @param settings the LIVE settings
 */
record RoomContext(Clock clock, long epoch, Supplier<String> baseUrl, ViewerPool viewers, LiveSettings settings) {}
