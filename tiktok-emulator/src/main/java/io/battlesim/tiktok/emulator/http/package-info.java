/**
 * Internal HTTP plumbing shared by the emulator's features: the per-request {@link
 * io.battlesim.tiktok.emulator.http.Exchange}, the route table, form and JSON codecs, TikTok's two error shapes
 * (the v2 API envelope and the flat OAuth error), {@code log_id}s, secret masking and the HTML page shell. Not API:
 * other modules must not use it.
 */
@NullMarked
package io.battlesim.tiktok.emulator.http;

import org.jspecify.annotations.NullMarked;
