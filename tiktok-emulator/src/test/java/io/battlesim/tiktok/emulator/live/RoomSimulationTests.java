package io.battlesim.tiktok.emulator.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.tiktok.emulator.MutableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RoomSimulationTests {

    private static final double TICK = 0.1;
    private static final RoomSimulation.Receivers HOST_ONLY =
            new RoomSimulation.Receivers("6800000000000000001", List.of());
    private static final RoomSimulation.Receivers WITH_GUEST =
            new RoomSimulation.Receivers("6800000000000000001", List.of("6800000000000000002"));

    /** Runs a fresh simulation of one room for a number of ticks. */
    private static List<List<LiveEvent>> run(
            long seed, double pace, int ticks, double endDropRate, double duplicateRate, RoomSimulation.Receivers to) {
        SplittableRandom random = new SplittableRandom(seed);
        Audience audience = new Audience(new ViewerPool(seed), random.split(), 80);
        RoomSimulation simulation = new RoomSimulation(random.split(), audience, endDropRate, duplicateRate);
        EventFactory events = new EventFactory(
                seed, new MutableClock(Instant.parse("2026-01-12T20:00:00Z")), () -> "http://localhost");
        List<List<LiveEvent>> perTick = new ArrayList<>();
        for (int i = 0; i < ticks; i++) {
            perTick.add(simulation.step(pace, TICK, events, to));
        }
        return perTick;
    }

    private static List<LiveEvent> flat(List<List<LiveEvent>> perTick) {
        return perTick.stream().flatMap(List::stream).toList();
    }

    private static List<LiveEvent.Gift> gifts(List<LiveEvent> events) {
        return events.stream()
                .filter(LiveEvent.Gift.class::isInstance)
                .map(LiveEvent.Gift.class::cast)
                .toList();
    }

    @Test
    void givesTheSameEventsForTheSameSeed() {
        List<LiveEvent> first = flat(run(7, 5, 600, 0.02, 0.01, WITH_GUEST));
        List<LiveEvent> second = flat(run(7, 5, 600, 0.02, 0.01, WITH_GUEST));

        assertThat(first).hasSizeGreaterThan(100).isEqualTo(second);
    }

    @Test
    void givesOtherEventsForAnotherSeed() {
        assertThat(flat(run(7, 5, 200, 0.02, 0.01, HOST_ONLY)))
                .isNotEqualTo(flat(run(8, 5, 200, 0.02, 0.01, HOST_ONLY)));
    }

    @Test
    void producesNothingAtPaceZero() {
        assertThat(flat(run(7, 0, 200, 0.02, 0.01, HOST_ONLY))).isEmpty();
    }

    @Test
    void averagesRoughlyThePace() {
        int arrivals = (int) flat(run(7, 5, 20_000, 0, 0, HOST_ONLY)).stream()
                .filter(event -> !(event instanceof LiveEvent.Gift gift && gift.repeatEnd()))
                .count();

        assertThat(arrivals).isBetween(8_000, 12_000);
    }

    @Test
    void arrivesInBurstsMoreVariableThanAPoissonProcess() {
        List<List<LiveEvent>> perTick = run(7, 5, 20_000, 0, 0, HOST_ONLY);
        double[] perSecond = new double[perTick.size() / 10];
        for (int i = 0; i < perTick.size(); i++) {
            perSecond[i / 10] += perTick.get(i).size();
        }
        double mean = java.util.Arrays.stream(perSecond).average().orElseThrow();
        double variance = java.util.Arrays.stream(perSecond)
                .map(count -> (count - mean) * (count - mean))
                .average()
                .orElseThrow();

        assertThat(variance / mean).as("index of dispersion").isGreaterThan(1.5);
    }

    @Test
    void streaksCountUpFromOneAndEndAtTheirLastTap() {
        Map<String, List<LiveEvent.Gift>> byGroup = new LinkedHashMap<>();
        gifts(flat(run(11, 8, 5_000, 0, 0, WITH_GUEST))).stream()
                .filter(gift -> gift.gift().streakable())
                .forEach(gift -> byGroup.computeIfAbsent(gift.groupId(), key -> new ArrayList<>())
                        .add(gift));

        assertThat(byGroup).hasSizeGreaterThan(50);
        byGroup.values().stream().filter(streak -> streak.getLast().repeatEnd()).forEach(streak -> {
            int taps = streak.size() - 1;
            assertThat(streak.subList(0, taps))
                    .extracting(LiveEvent.Gift::repeatCount)
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, taps)
                            .boxed()
                            .toList());
            assertThat(streak.subList(0, taps)).noneMatch(LiveEvent.Gift::repeatEnd);
            assertThat(streak.getLast().repeatCount()).isEqualTo(taps);
            assertThat(streak)
                    .extracting(gift -> gift.user().userId())
                    .containsOnly(streak.get(0).user().userId());
        });
        assertThat(byGroup.values()).anyMatch(streak -> streak.size() == 2);
    }

    @Test
    void sendsBigGiftsAsSingleEventsThatAreNotEnded() {
        List<LiveEvent.Gift> big = gifts(flat(run(11, 8, 10_000, 0, 0, HOST_ONLY))).stream()
                .filter(gift -> !gift.gift().streakable())
                .toList();

        assertThat(big).isNotEmpty().noneMatch(LiveEvent.Gift::repeatEnd);
        assertThat(big).extracting(LiveEvent.Gift::groupId).doesNotHaveDuplicates();
    }

    @Test
    void losesEndEventsAtTheConfiguredRate() {
        List<LiveEvent.Gift> gifts = gifts(flat(run(11, 8, 3_000, 1, 0, HOST_ONLY)));

        assertThat(gifts).filteredOn(gift -> gift.gift().streakable()).isNotEmpty();
        assertThat(gifts).noneMatch(LiveEvent.Gift::repeatEnd);
    }

    @Test
    void redeliversSomeEventsWithTheSameMessageId() {
        List<LiveEvent> events = flat(run(11, 8, 3_000, 0, 0.05, HOST_ONLY));
        Map<String, LiveEvent> byId = new HashMap<>();
        int duplicates = 0;
        for (LiveEvent event : events) {
            LiveEvent earlier = byId.putIfAbsent(event.msgId(), event);
            if (earlier != null) {
                duplicates++;
                assertThat(event).isEqualTo(earlier);
            }
        }

        assertThat(duplicates).isBetween(events.size() / 40, events.size() / 10);
        assertThat(flat(run(11, 8, 3_000, 0, 0, HOST_ONLY)))
                .extracting(LiveEvent::msgId)
                .doesNotHaveDuplicates();
    }

    @Test
    void sendsSomeGiftsToTheGuest() {
        List<LiveEvent.Gift> gifts = gifts(flat(run(11, 8, 3_000, 0, 0, WITH_GUEST)));

        assertThat(gifts)
                .extracting(LiveEvent.Gift::receiverUserId)
                .contains(WITH_GUEST.host(), WITH_GUEST.guests().get(0));
        assertThat(gifts(flat(run(11, 8, 3_000, 0, 0, HOST_ONLY))))
                .extracting(LiveEvent.Gift::receiverUserId)
                .containsOnly(HOST_ONLY.host());
    }

    @Test
    void keepsLikesToFifteenPerEventWithARisingTotal() {
        List<LiveEvent.Like> likes = flat(run(11, 8, 3_000, 0, 0, HOST_ONLY)).stream()
                .filter(LiveEvent.Like.class::isInstance)
                .map(LiveEvent.Like.class::cast)
                .toList();

        assertThat(likes).isNotEmpty().allMatch(like -> like.likeCount() >= 1 && like.likeCount() <= 15);
        for (int i = 1; i < likes.size(); i++) {
            assertThat(likes.get(i).totalLikeCount())
                    .isEqualTo(likes.get(i - 1).totalLikeCount() + likes.get(i).likeCount());
        }
    }

    @Test
    void includesViewersWithEmojiAndHtmlInTheirNicknames() {
        List<String> nicknames = flat(run(11, 8, 3_000, 0, 0, HOST_ONLY)).stream()
                .map(event -> switch (event) {
                    case LiveEvent.Gift gift -> gift.user().nickname();
                    case LiveEvent.Like like -> like.user().nickname();
                    case LiveEvent.Chat chat -> chat.user().nickname();
                    case LiveEvent.Member member -> member.user().nickname();
                    case LiveEvent.RoomStatus status -> "";
                })
                .distinct()
                .toList();

        assertThat(nicknames).contains("<img src=x onerror=alert(1)>", "🌹 Rosa Rosé ✨", "小龙 🐉");
    }
}
