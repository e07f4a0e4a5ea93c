/** The tournaments, their agents' standings and the agents' ratings across tournaments (JDBC). Internal. */
@NullMarked
package io.battlesim.app.agents.store;

import org.jspecify.annotations.NullMarked;
