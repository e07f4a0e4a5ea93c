package io.battlesim.app.battle;

import io.battlesim.engine.scoring.Gifter;
import java.util.List;
import java.util.Objects;

/**
 * One side's result in a finished battle.
 *
 * @param sideId the side's id
 * @param label the side's label, untrusted text
 * @param score its final displayed score
 * @param topGifters its best supporters, best first
 */
public record SideResult(String sideId, String label, long score, List<Gifter> topGifters) {

    public SideResult {
        Objects.requireNonNull(sideId, "sideId must not be null");
        Objects.requireNonNull(label, "label must not be null");
        topGifters = List.copyOf(Objects.requireNonNull(topGifters, "topGifters must not be null"));
    }
}
