/**
 * Leaderboard benchmark: the board tables of an H2 or PostgreSQL database filled with the totals of millions of
 * synthetic gift events, then every leaderboard page and API call timed over HTTP against the running app.
 */
package io.battlesim.bench.leaderboard;
