/** The analytics pages, JSON API and CSV exports. Internal. */
@NullMarked
package io.battlesim.app.analytics.web;

import org.jspecify.annotations.NullMarked;
