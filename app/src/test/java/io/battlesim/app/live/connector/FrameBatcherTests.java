package io.battlesim.app.live.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.battlesim.app.battle.Admission;
import io.battlesim.engine.event.BattleEvent;
import io.battlesim.engine.event.Gift;
import io.battlesim.engine.event.GiftReceived;
import io.battlesim.engine.event.Sender;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FrameBatcherTests {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final List<List<BattleEvent>> batches = new CopyOnWriteArrayList<>();
    private final List<CompletableFuture<Admission>> pending = new CopyOnWriteArrayList<>();
    private final List<Long> acknowledged = new CopyOnWriteArrayList<>();
    private final List<Throwable> failures = new CopyOnWriteArrayList<>();

    private final EventSink sink = (battleId, events) -> {
        batches.add(events);
        List<CompletableFuture<Admission>> admissions = new ArrayList<>();
        events.forEach(event -> {
            var admission = new CompletableFuture<Admission>();
            pending.add(admission);
            admissions.add(admission);
        });
        return admissions;
    };

    private final FrameBatcher batcher =
            new FrameBatcher("b1", sink, scheduler, acknowledged::add, failures::add, admission -> {});

    // Holds the scheduler's only thread until a test lets it go: the linger timer then cannot flush a batch half-way
    // through the frames a test adds, however slowly a loaded machine runs the test; the tests flush by hand.
    private final CountDownLatch lingerHeld = new CountDownLatch(1);

    @BeforeEach
    void holdTheLingerTimer() {
        scheduler.execute(() -> {
            try {
                lingerHeld.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    @AfterEach
    void stopScheduler() {
        scheduler.shutdownNow();
    }

    @Test
    void submitsWhatArrivedWithinTheLingerWithoutBeingFlushed() {
        lingerHeld.countDown();

        batcher.add(1, gift("m1"));

        await().untilAsserted(() -> assertThat(batches).hasSize(1));
    }

    @Test
    void submitsWhatArrivedTogetherAsOneBatch() {
        batcher.add(1, gift("m1"));
        batcher.add(2, gift("m2"));
        batcher.flush();

        assertThat(batches).hasSize(1);
        assertThat(batches.getFirst())
                .extracting(event -> ((GiftReceived) event).eventId())
                .containsExactly("m1", "m2");
    }

    @Test
    void acknowledgesOnlyOnceTheBattleLoggedTheEvents() {
        batcher.add(1, gift("m1"));
        batcher.flush();

        assertThat(acknowledged).isEmpty();
        pending.getFirst().complete(Admission.ACCEPTED);
        assertThat(acknowledged).containsExactly(1L);
    }

    @Test
    void acknowledgesInStreamOrderWhateverOrderTheAdmissionsComeIn() {
        batcher.add(1, gift("m1"));
        batcher.flush();
        batcher.add(2, gift("m2"));
        batcher.flush();

        pending.get(1).complete(Admission.DUPLICATE);
        assertThat(acknowledged).isEmpty();
        pending.get(0).complete(Admission.ACCEPTED);
        assertThat(acknowledged).containsExactly(1L, 2L);
    }

    @Test
    void acknowledgesFramesWithoutEventsInTurn() {
        batcher.add(1, gift("m1"));
        batcher.flush();
        batcher.add(2, null);
        batcher.flush();

        assertThat(acknowledged).isEmpty();
        pending.getFirst().complete(Admission.LATE);
        assertThat(acknowledged).containsExactly(1L, 2L);
    }

    @Test
    void splitsLongBurstsIntoSmallBatches() {
        for (int i = 1; i <= FrameBatcher.MAX_BATCH * 2 + 1; i++) {
            batcher.add(i, gift("m" + i));
        }
        batcher.flush();

        assertThat(batches).extracting(List::size).containsExactly(FrameBatcher.MAX_BATCH, FrameBatcher.MAX_BATCH, 1);
    }

    @Test
    void stopsAcknowledgingAfterAFailedSubmission() {
        batcher.add(1, gift("m1"));
        batcher.flush();
        batcher.add(2, gift("m2"));
        batcher.flush();

        pending.get(0).completeExceptionally(new IllegalStateException("log down"));
        pending.get(1).complete(Admission.ACCEPTED);
        batcher.add(3, gift("m3"));
        batcher.flush();

        assertThat(acknowledged).isEmpty();
        assertThat(failures).hasSize(1);
        assertThat(batches).hasSize(2);
    }

    private static GiftReceived gift(String msgId) {
        return new GiftReceived(
                msgId, "room", new Sender("u1", "fan", "Fan"), null, new Gift(5655, "Rose", 1, 1), 1, true, "g1", 1L);
    }
}
