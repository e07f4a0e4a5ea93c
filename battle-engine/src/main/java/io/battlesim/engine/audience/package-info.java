/**
 * Audience interaction: the rules a creator sets for viewers' votes, booster goals, like goals and gift-weighted
 * votes, and the parser that reads LIVE chat commands. This package depends only on {@code powerup}; the battle
 * applies the rules (see {@code AudienceDesk}).
 */
@NullMarked
package io.battlesim.engine.audience;

import org.jspecify.annotations.NullMarked;
