/**
 * Every sandbox creator's videos for the Display API: a deterministic catalogue per account (seeded from its
 * open_id) posted since the creator joined, at realistic hours, plus the public posts made through Content Posting.
 * Counts are a pure function of a video's seed and its age on the emulator clock, so they grow as emulated time
 * passes, never decrease, and can be read for any past instant (the {@code /display/history} endpoint). Also serves
 * what the Video Object links to: covers, share pages and the embed player.
 */
@NullMarked
package io.battlesim.tiktok.emulator.videos;

import org.jspecify.annotations.NullMarked;
