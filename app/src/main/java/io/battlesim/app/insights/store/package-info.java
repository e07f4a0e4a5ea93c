/** Snapshot rows and the dashboard's reads (JDBC). */
@NullMarked
package io.battlesim.app.insights.store;

import org.jspecify.annotations.NullMarked;
