/** The maintained totals behind the boards and how tallies, hidden and deleted battles change them. Internal. */
@NullMarked
package io.battlesim.app.leaderboard.totals;

import org.jspecify.annotations.NullMarked;
