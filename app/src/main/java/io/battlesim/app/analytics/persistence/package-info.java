/** The stored analytics of finished battles (tables {@code battle_analytics}, {@code battle_analytics_creator}). Internal. */
@NullMarked
package io.battlesim.app.analytics.persistence;

import org.jspecify.annotations.NullMarked;
