package io.battlesim.app.audience.web;

import io.battlesim.engine.powerup.PowerUpKind;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** Request bodies of the audience API. */
final class AudienceRequests {

    private AudienceRequests() {}

    /**
     * A vote.
     *
     * @param side the side's id ({@code s1}, {@code s2}, …)
     * @param booster the booster the vote fills, or null for a plain vote
     * @param voteId an idempotency key (letters, digits, {@code -} and {@code _}, at most 64): a retry with the same key
     *     is answered as already received; one is made up when absent
     */
    record Vote(
            @Schema(example = "s1") @Nullable String side,

            @Schema(example = "BOOSTING_GLOVE", nullable = true) @Nullable
            PowerUpKind booster,

            @Schema(example = "4a7f0c2e-9d1b-4c55-8f0a-2b6e3d9c1f00", nullable = true) @Nullable
            String voteId) {}
}
