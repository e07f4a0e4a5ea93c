/** The dashboard pages, JSON API and CSV exports. Internal. */
@NullMarked
package io.battlesim.app.insights.web;

import org.jspecify.annotations.NullMarked;
