/**
 * Creator insights benchmark (issue 11): one creator's 5,000 videos and a year of daily snapshots (about 1.8 million
 * rows) loaded into an H2 or PostgreSQL database, then the dashboard's pages, for the creator signed in through the
 * emulator's TikTok sign-in, and its API calls, with an app session's bearer token, timed over HTTP.
 */
@NullMarked
package io.battlesim.bench.insights;

import org.jspecify.annotations.NullMarked;
