/** The tournament pages and JSON API. Internal. */
@NullMarked
package io.battlesim.app.agents.web;

import org.jspecify.annotations.NullMarked;
