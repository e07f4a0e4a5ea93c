package io.battlesim.engine.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.battlesim.engine.event.Gift;
import io.battlesim.engine.event.GiftReceived;
import io.battlesim.engine.event.Sender;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class StreakTrackerTests {

    private static final Gift ROSE = new Gift(5655, "Rose", 1, 1);
    private static final Gift HEART = new Gift(5487, "Finger Heart", 1, 5);
    private static final Sender ALICE = new Sender("1", "alice", "Alice");
    private static final Sender BOB = new Sender("2", "bob", "Bob");

    private final StreakTracker tracker = new StreakTracker(5_000);

    private static GiftReceived event(
            Sender sender, Gift gift, @Nullable String group, int count, boolean end, long at) {
        return new GiftReceived("id", "room", sender, null, gift, count, end, group, at);
    }

    @Test
    void walksAStreakFromStartToCommit() {
        assertThat(tracker.track(event(ALICE, ROSE, "g", 1, false, 0), 0)).isEqualTo(StreakStep.STARTED);
        assertThat(tracker.track(event(ALICE, ROSE, "g", 4, false, 100), 0)).isEqualTo(StreakStep.PROGRESSED);
        assertThat(tracker.track(event(ALICE, ROSE, "g", 4, false, 150), 0)).isEqualTo(StreakStep.NON_INCREASING);
        assertThat(tracker.track(event(ALICE, ROSE, "g", 6, true, 200), 0)).isEqualTo(StreakStep.COMMITTED);
        assertThat(tracker.current().count()).isEqualTo(6);
        assertThat(tracker.track(event(ALICE, ROSE, "g", 5, false, 180), 0)).isEqualTo(StreakStep.ALREADY_FINAL);
        assertThat(tracker.pendingCount()).isZero();
    }

    @Test
    void keysStreaksByRoomSenderGiftAndGroup() {
        tracker.track(event(ALICE, ROSE, "g1", 1, false, 0), 0);
        tracker.track(event(ALICE, ROSE, "g2", 1, false, 0), 0);
        tracker.track(event(ALICE, HEART, "g1", 1, false, 0), 0);
        tracker.track(event(BOB, ROSE, "g1", 1, false, 0), 1);
        tracker.track(new GiftReceived("id", "other-room", ALICE, null, ROSE, 1, false, "g1", 0), 1);

        assertThat(tracker.pendingCount()).isEqualTo(5);
    }

    @Test
    void matchesAStreakByEqualStringsNotTheSameInstances() {
        tracker.track(new GiftReceived("1", fresh("room"), copy(ALICE), null, ROSE, 1, false, fresh("g"), 0), 0);

        GiftReceived next = new GiftReceived("2", fresh("room"), copy(ALICE), null, ROSE, 3, false, fresh("g"), 10);

        assertThat(tracker.track(next, StreakTracker.keyHash(next), 0)).isEqualTo(StreakStep.PROGRESSED);
        assertThat(tracker.current().count()).isEqualTo(3);
    }

    private static String fresh(String text) {
        return new String(text.toCharArray());
    }

    private static Sender copy(Sender sender) {
        return new Sender(fresh(sender.userId()), fresh(sender.uniqueId()), fresh(sender.nickname()));
    }

    @Test
    void expiresOnlyStreaksIdleForTheTimeout() {
        tracker.track(event(ALICE, ROSE, "old", 3, false, 1_000), 0);
        tracker.track(event(BOB, ROSE, "fresh", 2, false, 4_000), 1);
        List<Streak> expired = new ArrayList<>();

        tracker.expire(6_000, expired);

        assertThat(expired).singleElement().satisfies(streak -> {
            assertThat(streak.count()).isEqualTo(3);
            assertThat(streak.inferred()).isTrue();
            assertThat(streak.finalised()).isTrue();
        });
        assertThat(tracker.pending()).extracting(Streak::count).containsExactly(2);
    }

    @Test
    void finalisesEveryPendingStreakInStartOrder() {
        for (int i = 0; i < 20; i++) {
            tracker.track(event(ALICE, ROSE, "g" + i, i + 1, false, i), 0);
        }
        tracker.track(event(ALICE, ROSE, "g3", 9, true, 30), 0);
        List<Streak> finalised = new ArrayList<>();

        tracker.finaliseAll(finalised);

        assertThat(finalised).hasSize(19).extracting(Streak::sequence).isSorted();
        assertThat(tracker.pendingCount()).isZero();
    }

    @Test
    void growsBeyondItsInitialTable() {
        for (int i = 0; i < 10_000; i++) {
            Sender sender = new Sender(Integer.toString(i), "u" + i, "U" + i);
            tracker.track(event(sender, ROSE, null, 1, false, i), 0);
        }
        for (int i = 0; i < 10_000; i++) {
            Sender sender = new Sender(Integer.toString(i), "u" + i, "U" + i);
            assertThat(tracker.track(event(sender, ROSE, null, 2, false, 10_000 + i), 0))
                    .isEqualTo(StreakStep.PROGRESSED);
        }
    }

    @Test
    void rejectsANonPositiveTimeout() {
        assertThatIllegalArgumentException().isThrownBy(() -> new StreakTracker(0));
    }
}
