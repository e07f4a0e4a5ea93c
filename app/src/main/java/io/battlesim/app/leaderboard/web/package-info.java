/** The leaderboard pages, JSON API, CSV exports and the OBS leaderboard overlay. Internal. */
@NullMarked
package io.battlesim.app.leaderboard.web;

import org.jspecify.annotations.NullMarked;
