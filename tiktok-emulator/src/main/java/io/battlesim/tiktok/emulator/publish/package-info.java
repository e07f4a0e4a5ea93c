/**
 * TikTok's Content Posting API (§4 of the facts file): creator info, Direct Post and inbox video init, photo init,
 * FILE_UPLOAD chunk PUTs streamed without buffering, PULL_FROM_URL from verified domains with a real download,
 * cancel and status fetch, a clock-driven status timetable, quotas, and the {@code post.publish.*} webhooks.
 */
@NullMarked
package io.battlesim.tiktok.emulator.publish;

import org.jspecify.annotations.NullMarked;
