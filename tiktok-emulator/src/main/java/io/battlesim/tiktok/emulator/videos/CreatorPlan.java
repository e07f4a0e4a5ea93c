package io.battlesim.tiktok.emulator.videos;

import java.time.LocalDate;
import java.util.Map;

/**
 * When a sandbox creator started posting and how often: fixed per username so that catalogue sizes are
 * predictable (ava.sparks, the demo creator, has the richest one), while the seed decides the exact days, hours,
 * texts and counts.
 *
 * @param joined the first day the creator could post
 * @param postsPerWeek the average posting rate
 */
record CreatorPlan(LocalDate joined, double postsPerWeek) {

    private static final Map<String, CreatorPlan> PLANS = Map.of(
            "ava.sparks", new CreatorPlan(LocalDate.of(2023, 2, 6), 2.8),
            "leo.beats", new CreatorPlan(LocalDate.of(2024, 3, 18), 2.0),
            "mia.moves", new CreatorPlan(LocalDate.of(2023, 9, 4), 2.2),
            "noah.laughs", new CreatorPlan(LocalDate.of(2025, 10, 20), 0.6),
            "zoe.paints", new CreatorPlan(LocalDate.of(2024, 11, 11), 1.0),
            "kai.games", new CreatorPlan(LocalDate.of(2024, 7, 1), 2.5),
            "luna.sings", new CreatorPlan(LocalDate.of(2023, 11, 27), 1.6),
            "omar.cooks", new CreatorPlan(LocalDate.of(2025, 4, 7), 1.2),
            "ivy.reads", new CreatorPlan(LocalDate.of(2025, 12, 1), 0.8),
            "max.fixes", new CreatorPlan(LocalDate.of(2025, 1, 20), 0.9));

    /** A creator without a plan of its own posts once a week since 2025. */
    private static final CreatorPlan DEFAULT = new CreatorPlan(LocalDate.of(2025, 1, 6), 1.0);

    static CreatorPlan of(String username) {
        return PLANS.getOrDefault(username, DEFAULT);
    }
}
