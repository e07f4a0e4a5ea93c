package io.battlesim.app.publish.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.battlesim.app.auth.TestDatabases;
import io.battlesim.app.auth.TestDatabases.Database;
import io.battlesim.tiktok.client.WebhookEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * TikTok webhook deliveries on two nodes (two {@link WebhookDeliveries} and job stores over one database, each on its
 * own thread): the same event delivered to both at once is applied once, a failed application is applied by TikTok's
 * retry, and post ids two nodes add to one job at once are all kept. H2 always, PostgreSQL when it answers.
 */
class WebhookDeliveriesTests {

    @Nested
    class OnH2 extends DeliveryContract {
        OnH2() {
            super(Optional.of(TestDatabases.h2()));
        }
    }

    @Nested
    class OnPostgres extends DeliveryContract {
        OnPostgres() {
            super(TestDatabases.postgres());
        }
    }

    abstract static class DeliveryContract {

        private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

        private final Optional<Database> database;

        DeliveryContract(Optional<Database> database) {
            this.database = database;
        }

        @AfterEach
        void drop() {
            database.ifPresent(Database::close);
        }

        @Test
        void theSameEventDeliveredToTwoNodesAtOnceIsAppliedOnce() throws Exception {
            String job = storedJob();
            WebhookEvent event = publicPost(job, "7300000000000000001");
            var applied = new AtomicInteger();
            WebhookDeliveries a = deliveries();
            WebhookDeliveries b = deliveries();
            Consumer<WebhookEvent> effects = delivered -> {
                applied.incrementAndGet();
                new PublishJobRepository(db().jdbc()).complete(job, List.of(), NOW);
            };

            List<Boolean> answers = race(() -> a.once(event, NOW, effects), () -> b.once(event, NOW, effects));

            assertThat(answers).containsExactlyInAnyOrder(true, false);
            assertThat(applied).hasValue(1);
            assertThat(b.once(event, NOW.plusSeconds(60), effects))
                    .as("a late repeat")
                    .isFalse();
            assertThat(applied).hasValue(1);
        }

        @Test
        void aDeliveryWhoseEffectsFailedIsAppliedByTheRetry() {
            String job = storedJob();
            WebhookEvent event = publicPost(job, "7300000000000000002");
            WebhookDeliveries deliveries = deliveries();

            assertThatExceptionOfType(IllegalStateException.class)
                    .isThrownBy(() -> deliveries.once(event, NOW, delivered -> {
                        new PublishJobRepository(db().jdbc()).complete(job, List.of(), NOW);
                        throw new IllegalStateException("the database went away midway");
                    }));
            assertThat(new PublishJobRepository(db().jdbc())
                            .find(job)
                            .orElseThrow()
                            .state())
                    .as("rolled back with the delivery's note")
                    .isEqualTo(JobState.PENDING);

            assertThat(deliveries.once(
                            event,
                            NOW,
                            delivered -> new PublishJobRepository(db().jdbc()).complete(job, List.of(), NOW)))
                    .isTrue();
            assertThat(new PublishJobRepository(db().jdbc())
                            .find(job)
                            .orElseThrow()
                            .state())
                    .isEqualTo(JobState.COMPLETED);
        }

        @Test
        void forgetsDeliveriesOlderThanTikTokRetries() {
            WebhookEvent event = publicPost(storedJob(), "7300000000000000003");
            WebhookDeliveries deliveries = deliveries();
            deliveries.once(event, NOW, delivered -> {});

            assertThat(deliveries.forgetBefore(NOW.plus(WebhookDeliveries.KEPT).minusSeconds(1)))
                    .isZero();
            assertThat(deliveries.forgetBefore(NOW.plus(WebhookDeliveries.KEPT).plusSeconds(1)))
                    .isOne();
        }

        @Test
        void postIdsTwoNodesAddToOneJobAtOnceAreAllKept() throws Exception {
            String job = storedJob();
            var a = new PublishJobRepository(db().jdbc());
            var b = new PublishJobRepository(db().jdbc());

            race(() -> addPostIds(a, job, 1), () -> addPostIds(b, job, 2));

            assertThat(a.find(job).orElseThrow().postIds()).hasSize(20).doesNotHaveDuplicates();
        }

        private static Void addPostIds(PublishJobRepository node, String job, int prefix) {
            for (int i = 0; i < 10; i++) {
                node.addPostId(job, prefix + "00000000000000000" + i, NOW);
            }
            return null;
        }

        /** Runs both at the same moment, each on its own thread; their results in order. */
        private static <T> List<T> race(Callable<T> first, Callable<T> second) throws Exception {
            var start = new CountDownLatch(1);
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                List<Future<T>> results = new ArrayList<>();
                for (Callable<T> each : List.of(first, second)) {
                    results.add(threads.submit(() -> {
                        start.await();
                        return each.call();
                    }));
                }
                start.countDown();
                List<T> done = new ArrayList<>();
                for (Future<T> result : results) {
                    done.add(result.get(30, TimeUnit.SECONDS));
                }
                return done;
            } finally {
                threads.shutdownNow();
            }
        }

        private WebhookDeliveries deliveries() {
            return new WebhookDeliveries(
                    db().jdbc(), new TransactionTemplate(new DataSourceTransactionManager(db().dataSource())));
        }

        private static WebhookEvent publicPost(String jobId, String postId) {
            return new WebhookEvent(
                    "sbawwebhooks",
                    "post.publish.publicly_available",
                    NOW.minus(Duration.ofSeconds(5)),
                    "open-1",
                    "{\"publish_id\":\"" + jobId + "\",\"post_id\":\"" + postId + "\"}");
        }

        /** A pending job of a new user; its id. */
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
                    new PostChoices("Delivered", "", "SELF_ONLY", true, false, true, false, false),
                    NOW);
            assertThat(new PublishJobRepository(db().jdbc()).insert(job)).isTrue();
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
