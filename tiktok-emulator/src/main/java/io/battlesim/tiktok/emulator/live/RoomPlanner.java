package io.battlesim.tiktok.emulator.live;

import io.battlesim.tiktok.emulator.SandboxAccount;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Plans every sandbox creator's room from the seed. Which creators are live, who guests where and the titles are
 * fixed so that tests can rely on them: {@code omar.cooks} and {@code zoe.paints} start OFFLINE, everyone else
 * LIVE; {@code kai.games} guests in {@code ava.sparks}'s room and {@code noah.laughs} in {@code mia.moves}'s.
 * {@code ava.sparks} and {@code leo.beats}, the pair of the app's demo battle, get the same pace so that the demo is
 * an even match; every other room's pace is drawn from the seed.
 */
final class RoomPlanner {

    static final Set<String> OFFLINE_AT_START = Set.of("omar.cooks", "zoe.paints");
    static final Map<String, List<String>> GUESTS =
            Map.of("ava.sparks", List.of("kai.games"), "mia.moves", List.of("noah.laughs"));
    static final Map<String, Double> MATCHED_PACES = Map.of("ava.sparks", 5.0, "leo.beats", 5.0);
    private static final Map<String, String> TITLES = Map.of(
            "ava.sparks", "Friday battle practice ✨",
            "leo.beats", "140 BPM finger drumming, requests open 🥁",
            "mia.moves", "Dance battle warm-up 💃 with Noah",
            "noah.laughs", "Cat sketches live, bring your jokes",
            "zoe.paints", "Watercolour night 🎨",
            "kai.games", "Speedrun <any%> & co-op with \"friends\"",
            "luna.sings", "2 a.m. harmonies 🎤",
            "omar.cooks", "15-minute dinners, live from my kitchen 🍳",
            "ivy.reads", "Reading sprint: one chapter, one gift 📚",
            "max.fixes", "Fixing your broken gadgets live 🔧");

    private RoomPlanner() {}

    static List<RoomPlan> plan(List<SandboxAccount> accounts, long seed, @Nullable Double eventsPerSecond) {
        List<RoomPlan> plans = new ArrayList<>();
        Set<String> roomIds = new HashSet<>();
        for (int i = 0; i < accounts.size(); i++) {
            RandomGenerator random = new SplittableRandom(Ids.mix(seed + 0x1D3AL * (i + 1)));
            RoomPlan plan = plan(accounts.get(i), random, eventsPerSecond);
            if (!roomIds.add(plan.roomId())) {
                throw new IllegalStateException("room ids collide for seed " + seed);
            }
            plans.add(plan);
        }
        return List.copyOf(plans);
    }

    private static RoomPlan plan(SandboxAccount account, RandomGenerator random, @Nullable Double eventsPerSecond) {
        String roomId = Ids.roomId(random);
        String hostUserId = Ids.creatorId(random);
        long baseViewers = Math.max(12, Math.round(account.followerCount() * random.nextDouble(0.0008, 0.003)));
        double drawn = 3 + 0.5 * random.nextInt(11); // drawn even when not used: the other plans stay as they were
        double pace = eventsPerSecond != null ? eventsPerSecond : MATCHED_PACES.getOrDefault(account.username(), drawn);
        return new RoomPlan(
                roomId,
                account,
                hostUserId,
                TITLES.getOrDefault(account.username(), "LIVE with " + account.displayName()),
                GUESTS.getOrDefault(account.username(), List.of()),
                !OFFLINE_AT_START.contains(account.username()),
                Duration.ofMinutes(random.nextInt(4, 76)),
                baseViewers,
                random.nextDouble(2 * Math.PI),
                random.nextDouble(2 * Math.PI),
                baseViewers * random.nextInt(5, 41),
                pace,
                random.nextInt(40, 110),
                random.nextLong());
    }
}
