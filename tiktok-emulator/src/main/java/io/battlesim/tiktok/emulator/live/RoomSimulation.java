package io.battlesim.tiktok.emulator.live;

import io.battlesim.tiktok.emulator.LiveGift;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * One room's gift stream as a pure step function of its seeded random generator: arrivals follow a Poisson
 * process whose rate switches between a calm and a burst state; each arrival is a streak tap, a new streak, a big
 * spender's gift, likes, a chat or a join. A streak's last tap is followed by its end event, which goes missing at
 * the configured rate; a share of events is delivered twice. The same seed and the same sequence of {@link #step}
 * calls give the same events. Not thread-safe: the owning room guards it.
 */
final class RoomSimulation {

    private static final double CALM_FACTOR = 0.6;
    private static final double BURST_FACTOR = 2.3;
    private static final double MEAN_CALM_SECONDS = 20;
    private static final double MEAN_BURST_SECONDS = 6;
    private static final int RECENT = 16;

    private final RandomGenerator random;
    private final Audience audience;
    private final double endDropRate;
    private final double duplicateRate;
    private final List<Streak> streaks = new ArrayList<>();
    private final Deque<LiveEvent> recent = new ArrayDeque<>();
    private boolean burst;

    /**
     * The receivers of gifts in the room.
     *
     * @param host the host's user id
     * @param guests the guests' user ids
     */
    record Receivers(String host, List<String> guests) {}

    private static final class Streak {
        final Viewer viewer;
        final LiveGift gift;
        final String receiver;
        final String group;
        final int length;
        int taps;

        Streak(Viewer viewer, LiveGift gift, String receiver, String group, int length) {
            this.viewer = viewer;
            this.gift = gift;
            this.receiver = receiver;
            this.group = group;
            this.length = length;
        }
    }

    RoomSimulation(RandomGenerator random, Audience audience, double endDropRate, double duplicateRate) {
        this.random = random;
        this.audience = audience;
        this.endDropRate = endDropRate;
        this.duplicateRate = duplicateRate;
    }

    /**
     * Advances the stream by one tick.
     *
     * @param eventsPerSecond the average arrival rate
     * @param seconds the tick's nominal length (never the measured one, so the events do not depend on timing)
     * @param events makes the events of this room
     * @param receivers who gifts can go to
     * @return the tick's events in order, possibly none
     */
    List<LiveEvent> step(double eventsPerSecond, double seconds, EventFactory events, Receivers receivers) {
        switchState(seconds);
        int arrivals = poisson(eventsPerSecond * (burst ? BURST_FACTOR : CALM_FACTOR) * seconds);
        List<LiveEvent> out = new ArrayList<>();
        for (int i = 0; i < arrivals; i++) {
            for (LiveEvent event : arrive(events, receivers)) {
                out.add(event);
                remember(event);
                if (random.nextDouble() < duplicateRate) {
                    out.add(pickRecent());
                }
            }
        }
        return out;
    }

    /** Forgets unfinished streaks, e.g. when the room goes offline (their end events never come). */
    void reset() {
        streaks.clear();
        recent.clear();
        burst = false;
    }

    private List<LiveEvent> arrive(EventFactory events, Receivers receivers) {
        if (!streaks.isEmpty() && random.nextDouble() < streaks.size() / (streaks.size() + 1.2)) {
            return tap(streaks.get(random.nextInt(streaks.size())), events);
        }
        double roll = random.nextDouble();
        if (roll < 0.03) {
            return List.of(bigGift(events, receivers));
        }
        if (roll < 0.25) {
            return startStreak(events, receivers);
        }
        if (roll < 0.62) {
            return List.of(events.likes(audience.any(random), likeCount()));
        }
        if (roll < 0.85) {
            return List.of(events.chat(audience.any(random), Comments.pick(random)));
        }
        return List.of(events.member(audience.any(random)));
    }

    private List<LiveEvent> startStreak(EventFactory events, Receivers receivers) {
        LiveGift gift = GiftCatalogue.streakable().pick(random);
        Viewer viewer = audience.gifter(random);
        Streak streak = new Streak(viewer, gift, receiver(receivers), events.newGroupId(), streakLength(gift));
        streaks.add(streak);
        return tap(streak, events);
    }

    private List<LiveEvent> tap(Streak streak, EventFactory events) {
        streak.taps++;
        LiveEvent tap = events.gift(streak.viewer, streak.receiver, streak.gift, streak.taps, false, streak.group);
        if (streak.taps < streak.length) {
            return List.of(tap);
        }
        streaks.remove(streak);
        if (random.nextDouble() < endDropRate) {
            return List.of(tap);
        }
        return List.of(tap, events.gift(streak.viewer, streak.receiver, streak.gift, streak.taps, true, streak.group));
    }

    private LiveEvent bigGift(EventFactory events, Receivers receivers) {
        LiveGift gift = GiftCatalogue.big().pick(random);
        int count = random.nextDouble() < 0.05 ? 2 : 1;
        return events.gift(audience.bigSpender(random), receiver(receivers), gift, count, false, events.newGroupId());
    }

    private String receiver(Receivers receivers) {
        if (receivers.guests().isEmpty() || random.nextDouble() >= 0.3) {
            return receivers.host();
        }
        return receivers.guests().get(random.nextInt(receivers.guests().size()));
    }

    private int streakLength(LiveGift gift) {
        if (gift.diamondCount() <= 5) {
            return Math.min(199, 1 + geometric(0.15));
        }
        return gift.diamondCount() <= 30 ? Math.min(60, 1 + geometric(0.35)) : Math.min(20, 1 + geometric(0.6));
    }

    private int likeCount() {
        return random.nextBoolean() ? random.nextInt(1, 16) : Math.min(15, 1 + geometric(0.4));
    }

    private void switchState(double seconds) {
        double mean = burst ? MEAN_BURST_SECONDS : MEAN_CALM_SECONDS;
        if (random.nextDouble() < 1 - Math.exp(-seconds / mean)) {
            burst = !burst;
        }
    }

    private void remember(LiveEvent event) {
        recent.addLast(event);
        if (recent.size() > RECENT) {
            recent.removeFirst();
        }
    }

    private LiveEvent pickRecent() {
        int index = random.nextInt(recent.size());
        return recent.stream().skip(index).findFirst().orElseThrow();
    }

    private int geometric(double p) {
        return (int) Math.floor(Math.log(1 - random.nextDouble()) / Math.log(1 - p));
    }

    private int poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }
}
