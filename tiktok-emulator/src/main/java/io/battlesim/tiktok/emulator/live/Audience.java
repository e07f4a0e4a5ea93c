package io.battlesim.tiktok.emulator.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;

/**
 * The stable viewers of one room: every regular of the {@link ViewerPool} plus a seeded sample of the generated
 * ones, with gifting weighted by generosity. Viewers named on command who are not in the room join it.
 */
final class Audience {

    private final List<Viewer> viewers;
    private final List<Viewer> bigSpenders;
    private final WeightedChoice<Viewer> gifters;
    private final ViewerPool pool;
    private final Map<String, Viewer> newcomers = new ConcurrentHashMap<>();

    Audience(ViewerPool pool, RandomGenerator random, int size) {
        this.pool = pool;
        List<Viewer> chosen = new ArrayList<>(pool.regulars());
        List<Viewer> candidates = new ArrayList<>(pool.generated());
        while (chosen.size() < size && !candidates.isEmpty()) {
            chosen.add(candidates.remove(random.nextInt(candidates.size())));
        }
        this.viewers = List.copyOf(chosen);
        this.bigSpenders = viewers.stream().filter(Viewer::bigSpender).toList();
        this.gifters = new WeightedChoice<>(
                viewers, viewers.stream().mapToDouble(Viewer::generosity).toArray());
    }

    List<Viewer> viewers() {
        return viewers;
    }

    Viewer any(RandomGenerator random) {
        return viewers.get(random.nextInt(viewers.size()));
    }

    Viewer gifter(RandomGenerator random) {
        return gifters.pick(random);
    }

    Viewer bigSpender(RandomGenerator random) {
        return bigSpenders.isEmpty() ? gifter(random) : bigSpenders.get(random.nextInt(bigSpenders.size()));
    }

    /**
     * The viewer a command names: by user id, unique id (any case) or exact nickname, in this room first, then
     * among all viewers; otherwise a newcomer with that nickname and an id derived from it (stable per room).
     */
    Viewer resolve(String who) {
        String wanted = who.strip();
        return find(viewers, wanted)
                .or(() -> find(pool.generated(), wanted))
                .orElseGet(() -> newcomers.computeIfAbsent(wanted, Audience::newcomer));
    }

    private static Optional<Viewer> find(List<Viewer> candidates, String wanted) {
        return candidates.stream()
                .filter(viewer -> viewer.userId().equals(wanted)
                        || viewer.uniqueId().equalsIgnoreCase(wanted)
                        || viewer.nickname().equals(wanted))
                .findFirst();
    }

    private static Viewer newcomer(String nickname) {
        RandomGenerator random = new SplittableRandom(Ids.mix(nickname.hashCode() * 0x9E3779B97F4A7C15L));
        String userId = Ids.userId(random);
        String slug = nickname.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._]", "");
        String uniqueId = slug.length() >= 2 ? slug : "user" + userId.substring(userId.length() - 8);
        return new Viewer(userId, uniqueId, nickname, false, 1.0);
    }
}
