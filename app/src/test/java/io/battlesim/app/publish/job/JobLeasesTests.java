package io.battlesim.app.publish.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.battlesim.app.auth.TestClock;
import io.battlesim.app.auth.TestDatabases;
import io.battlesim.app.auth.TestDatabases.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Which node advances a publish job, with two nodes over one database (two {@link JobLeases}, each on its own thread
 * where they race): one node at a time, a live node's job is left to it, a dead node's is taken over once its lease
 * ran out, and a node that lost its lease can no longer send init. H2 always, PostgreSQL when it answers.
 */
class JobLeasesTests {

    @Nested
    class OnH2 extends LeaseContract {
        OnH2() {
            super(Optional.of(TestDatabases.h2()));
        }
    }

    @Nested
    class OnPostgres extends LeaseContract {
        OnPostgres() {
            super(TestDatabases.postgres());
        }
    }

    abstract static class LeaseContract {

        private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
        private static final String CLUSTER = "redis://127.0.0.1:6379/0";

        private final Optional<Database> database;
        private final TestClock clock = new TestClock(NOW);

        LeaseContract(Optional<Database> database) {
            this.database = database;
        }

        @AfterEach
        void drop() {
            database.ifPresent(Database::close);
        }

        @Test
        void twoNodesResumingAtOnceTakeEachJobOnce() throws Exception {
            Set<String> jobs = new HashSet<>();
            for (int i = 0; i < 20; i++) {
                jobs.add(storedJob());
            }
            JobLeases a = node("node-a");
            JobLeases b = node("node-b");

            List<Set<String>> taken = race(a, b);

            Set<String> both = new HashSet<>(taken.get(0));
            both.retainAll(taken.get(1));
            assertThat(both).as("claimed by both nodes").isEmpty();
            Set<String> all = new HashSet<>(taken.get(0));
            all.addAll(taken.get(1));
            assertThat(all).isEqualTo(jobs);
        }

        @Test
        void aLiveNodesJobIsLeftToItAndADeadNodesIsTakenOverOnceItsLeaseRanOut() {
            String job = storedJob();
            JobLeases a = node("node-a");
            JobLeases b = node("node-b");
            assertThat(a.claim(job)).isTrue();

            clock.advance(JobLeases.LEASE.minusSeconds(1));
            assertThat(b.claimable()).extracting(PublishJob::id).doesNotContain(job);
            assertThat(b.claim(job)).isFalse();
            assertThat(a.claim(job))
                    .as("not even its own node claims a held job twice")
                    .isFalse();

            clock.advance(Duration.ofSeconds(2));
            assertThat(b.claimable()).extracting(PublishJob::id).contains(job);
            assertThat(b.claim(job)).isTrue();
            assertThat(a.holds(job)).isFalse();
            assertThat(b.holds(job)).isTrue();
        }

        @Test
        void renewingKeepsTheJobAndReleasingHandsItOver() {
            String job = storedJob();
            JobLeases a = node("node-a");
            JobLeases b = node("node-b");
            a.claim(job);

            clock.advance(JobLeases.LEASE.minusSeconds(5));
            a.renew(List.of(job));
            clock.advance(JobLeases.LEASE.minusSeconds(5));
            assertThat(b.claim(job)).isFalse();

            a.release(job);
            assertThat(b.claim(job)).isTrue();
        }

        @Test
        void aNodeThatLostTheJobCannotSendInit() {
            String job = storedJob();
            JobLeases a = node("node-a");
            JobLeases b = node("node-b");
            a.claim(job);
            clock.advance(JobLeases.LEASE.plusSeconds(1));
            b.claim(job);

            assertThat(repository().initStarting(job, a.node(), clock.instant()))
                    .isFalse();
            assertThat(repository().initStarting(job, b.node(), clock.instant()))
                    .isTrue();
            assertThat(repository().find(job).orElseThrow().initStartedAt()).isEqualTo(clock.instant());
        }

        @Test
        void aSingleNodeResumesTheJobsOfItsEarlierRunAtOnce() {
            String job = storedJob();
            node("node-before-the-restart").claim(job);

            JobLeases restarted = new JobLeases(repository(), "", "", clock.provider());
            restarted.forgetEarlierRuns();

            assertThat(restarted.claimable()).extracting(PublishJob::id).containsExactly(job);
            assertThat(restarted.claim(job)).isTrue();
        }

        /** Both nodes at the same moment, each on its own thread, claim what they find claimable; what each got. */
        private static List<Set<String>> race(JobLeases first, JobLeases second) throws Exception {
            var start = new CountDownLatch(1);
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                List<Future<Set<String>>> results = new ArrayList<>();
                for (JobLeases node : List.of(first, second)) {
                    results.add(threads.submit(() -> {
                        start.await();
                        Set<String> claimed = new HashSet<>();
                        for (PublishJob job : node.claimable()) {
                            if (node.claim(job.id())) {
                                claimed.add(job.id());
                            }
                        }
                        return claimed;
                    }));
                }
                start.countDown();
                List<Set<String>> claimed = new ArrayList<>();
                for (Future<Set<String>> result : results) {
                    claimed.add(result.get(30, TimeUnit.SECONDS));
                }
                return claimed;
            } finally {
                threads.shutdownNow();
            }
        }

        private JobLeases node(String name) {
            return new JobLeases(repository(), name, CLUSTER, clock.provider());
        }

        private PublishJobRepository repository() {
            return new PublishJobRepository(db().jdbc());
        }

        /** An unfinished job of a new user; its id. */
        private String storedJob() {
            String openId = "open-" + UUID.randomUUID();
            long userId = TestDatabases.insertUser(db().jdbc(), openId);
            PublishJob job = PublishJob.pending(
                    UUID.randomUUID().toString(),
                    userId,
                    openId,
                    UUID.randomUUID().toString(),
                    MediaKind.VIDEO,
                    null,
                    null,
                    Path.of("data/publish/video.mp4"),
                    12_345L,
                    new PostChoices("Leased", "", "SELF_ONLY", true, false, true, false, false),
                    NOW);
            assertThat(repository().insert(job)).isTrue();
            return job.id();
        }

        private Database db() {
            assumeThat(database)
                    .as("PostgreSQL on 127.0.0.1:5432 is not answering")
                    .isPresent();
            return database.orElseThrow();
        }
    }
}
