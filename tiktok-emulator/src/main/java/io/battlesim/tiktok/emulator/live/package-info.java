/**
 * LIVE rooms for the sandbox creators, speaking the Live API of our design ({@code /live/v1/}, not an official
 * TikTok API): deterministic rooms and viewer populations, a seeded gift-stream generator (bursty arrivals, the
 * real catalogue, streaks, big spenders, lost end events, duplicate deliveries) ticking on one scheduler thread,
 * a per-room message buffer with cursor replay and per-subscriber queues, the room lookup endpoint, JSON control
 * endpoints and the HTML control panel at {@code /live/}.
 */
@NullMarked
package io.battlesim.tiktok.emulator.live;

import org.jspecify.annotations.NullMarked;
