/**
 * TikTok's per-access-token rate limits (§6 of the facts file): a one-minute sliding window per endpoint and token,
 * with the documented defaults and builder overrides.
 */
@NullMarked
package io.battlesim.tiktok.emulator.ratelimit;

import org.jspecify.annotations.NullMarked;
