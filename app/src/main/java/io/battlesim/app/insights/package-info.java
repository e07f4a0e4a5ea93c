/**
 * Creator insights: a connected creator's profile and video statistics from TikTok's Display API, kept over time.
 * TikTok reports only current counts, so a scheduled snapshot (daily by default, jittered, resumable after a 429
 * or a failure, skipped while the creator's TikTok connection does not work) stores one row per creator and day and
 * one per video and day; the dashboard ({@code /analytics}), its JSON API and CSV exports read those rows. In
 * emulator mode a sandbox creator's first snapshot backfills the history the emulator knows. Everything goes with
 * the account ("Delete all my data"). CSV cells go through the leaderboard module's {@code Csv}, as the analytics' do.
 * In a cluster every node runs the snapshot rounds and a creator's snapshot is claimed in the database first, so it
 * is taken once (this node's name comes from the cluster module).
 */
@ApplicationModule(allowedDependencies = {"auth", "tiktok", "leaderboard", "cluster"})
@NullMarked
package io.battlesim.app.insights;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
