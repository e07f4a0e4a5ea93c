package io.battlesim.app.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.battlesim.app.auth.AccessGrant;
import io.battlesim.app.auth.TestClock;
import io.battlesim.app.auth.TestDatabases;
import io.battlesim.app.auth.TestDatabases.Database;
import io.battlesim.app.cluster.ClusterSettings;
import io.battlesim.app.insights.store.InsightQueries;
import io.battlesim.app.insights.store.SnapshotRun;
import io.battlesim.app.insights.store.SnapshotRuns;
import io.battlesim.app.insights.store.SnapshotState;
import io.battlesim.app.insights.store.SnapshotStore;
import io.battlesim.tiktok.client.TikTokApiException;
import io.battlesim.tiktok.client.TikTokRateLimitedException;
import java.lang.reflect.Constructor;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A creator's daily snapshot: every page of videos then the profile, resumed from the cursor after a 429 or a
 * failure midway without duplicate rows, idempotent per day, skipped without a working TikTok connection, and a
 * video's growth measured against the day before. H2 always, PostgreSQL when it answers.
 */
class SnapshotTakerTests {

    @Nested
    class OnH2 extends SnapshotContract {
        OnH2() {
            super(Optional.of(TestDatabases.h2()));
        }
    }

    @Nested
    class OnPostgres extends SnapshotContract {
        OnPostgres() {
            super(TestDatabases.postgres());
        }
    }

    abstract static class SnapshotContract {

        private static final int VIDEOS = 95; // five pages of twenty, the last one short
        private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");

        private final Optional<Database> database;
        private final TestClock clock = new TestClock(NOW);
        private final FakeTikTok tiktok = new FakeTikTok();
        private final AtomicReference<@Nullable AccessGrant> grant = new AtomicReference<>(
                new AccessGrant("act.secret", "open-ava", Set.of("user.info.basic", "user.info.stats", "video.list")));
        private long userId;
        private InsightSettings settings;
        private SnapshotTaker taker;
        private SnapshotRuns runs;
        private InsightQueries queries;
        private JdbcClient jdbc;

        SnapshotContract(Optional<Database> database) {
            this.database = database;
        }

        @BeforeEach
        void connect() throws Exception {
            assumeThat(database)
                    .as("PostgreSQL on 127.0.0.1:5432 is not answering")
                    .isPresent();
            Database db = database.orElseThrow();
            jdbc = db.jdbc();
            userId = TestDatabases.insertUser(jdbc, "open-ava");
            settings = new InsightSettings(
                    true,
                    Duration.ofDays(1),
                    Duration.ZERO,
                    Duration.ofMinutes(1),
                    7,
                    Duration.ofMinutes(10),
                    0,
                    Duration.ofMinutes(5));
            runs = construct(SnapshotRuns.class, db.dataSource());
            queries = construct(InsightQueries.class, db.dataSource());
            taker = taker("node-a");
        }

        /** The snapshot taker of one node of a cluster (every node shares the database and the fake TikTok). */
        private SnapshotTaker taker(String node) throws Exception {
            return taker(new ClusterSettings(
                    "redis://127.0.0.1:6379/0", node, null, null, Duration.ofSeconds(10), Duration.ofSeconds(2)));
        }

        private SnapshotTaker taker(ClusterSettings cluster) throws Exception {
            Database db = database.orElseThrow();
            return new SnapshotTaker(
                    id -> Optional.ofNullable(grant.get()),
                    tiktok,
                    new StaticListableBeanFactory().getBeanProvider(SandboxHistory.class),
                    construct(SnapshotStore.class, db.dataSource()),
                    construct(SnapshotRuns.class, db.dataSource()),
                    new TransactionTemplate(new DataSourceTransactionManager(db.dataSource())),
                    settings,
                    cluster,
                    clock.provider());
        }

        @AfterEach
        void drop() {
            database.ifPresent(Database::close);
        }

        @Test
        void twoNodesFindingTheSnapshotDueAtOnceTakeItOnce() throws Exception {
            taker.scheduleNow(userId);
            SnapshotScheduler nodeA = new SnapshotScheduler(taker, runs, settings, clock.provider());
            SnapshotScheduler nodeB = new SnapshotScheduler(taker("node-b"), runs, settings, clock.provider());

            List<Integer> taken = race(nodeA::takeDue, nodeB::takeDue);

            assertThat(taken.get(0) + taken.get(1)).isEqualTo(1);
            assertThat(tiktok.pagesAsked).containsExactly(0, 1, 2, 3, 4);
            assertThat(queries.profile(userId)).hasSize(1);
            SnapshotRun run = runs.find(userId).orElseThrow();
            assertThat(run.state()).isEqualTo(SnapshotState.DONE);
            assertThat(run.nextRunAt()).isEqualTo(NOW.plus(Duration.ofDays(1)));
        }

        @Test
        void aSnapshotAnotherNodeIsTakingIsLeftToItUntilItsClaimRanOut() throws Exception {
            taker.scheduleNow(userId);
            assertThat(runs.claim(userId, "node-b", NOW, NOW.plus(SnapshotTaker.CLAIM), true))
                    .isTrue();

            assertThat(taker.take(userId, false)).isEqualTo(SnapshotTaker.Outcome.BUSY);
            assertThat(new ManualRefresh(taker, runs, settings, clock.provider()).request(userId))
                    .isInstanceOf(ManualRefresh.Answer.AlreadyRunning.class);
            assertThat(tiktok.pagesAsked).isEmpty();

            clock.advance(SnapshotTaker.CLAIM);
            assertThat(taker.take(userId, false))
                    .as("node-b died: its claim ran out")
                    .isEqualTo(SnapshotTaker.Outcome.TAKEN);
            assertThat(tiktok.pagesAsked).containsExactly(0, 1, 2, 3, 4);
        }

        @Test
        void aSingleNodeTakesUpTheSnapshotsItsEarlierRunClaimed() throws Exception {
            taker.scheduleNow(userId);
            runs.claim(userId, "node-before-the-restart", NOW, NOW.plus(SnapshotTaker.CLAIM), true);

            SnapshotTaker restarted =
                    taker(new ClusterSettings(null, null, null, null, Duration.ofSeconds(10), Duration.ofSeconds(2)));
            restarted.forgetEarlierClaims();

            assertThat(restarted.take(userId, false)).isEqualTo(SnapshotTaker.Outcome.TAKEN);
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

        @Test
        void aSnapshotStoresEveryPageAndTheProfile() {
            assertThat(taker.take(userId, false)).isEqualTo(SnapshotTaker.Outcome.TAKEN);

            assertThat(tiktok.pagesAsked).containsExactly(0, 1, 2, 3, 4);
            assertThat(videoDayRows()).isEqualTo(VIDEOS);
            ProfilePoint day = queries.profile(userId).getFirst();
            assertThat(day.day()).isEqualTo(LocalDate.parse("2026-12-04"));
            assertThat(day.followers()).isEqualTo(5_000);
            assertThat(day.totalViews()).isEqualTo(tiktok.totalViews());
            SnapshotRun run = runs.find(userId).orElseThrow();
            assertThat(run.state()).isEqualTo(SnapshotState.DONE);
            assertThat(run.videosSeen()).isEqualTo(VIDEOS);
            assertThat(run.nextRunAt()).isEqualTo(NOW.plus(Duration.ofDays(1)));
        }

        @Test
        void aRateLimitMidwayResumesFromTheCursorWithoutDuplicates() {
            tiktok.failOnPage = 2;
            tiktok.failure = new TikTokRateLimitedException("/v2/video/list/", Duration.ofSeconds(90));

            assertThat(taker.take(userId, false)).isEqualTo(SnapshotTaker.Outcome.FAILED);
            SnapshotRun stopped = runs.find(userId).orElseThrow();
            assertThat(stopped.state()).isEqualTo(SnapshotState.FAILED);
            assertThat(stopped.videosSeen()).isEqualTo(40);
            assertThat(stopped.lastError()).contains("429").doesNotContain("act.secret");
            assertThat(stopped.nextRunAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
            assertThat(queries.profile(userId)).isEmpty();

            clock.advance(Duration.ofMinutes(5));
            assertThat(taker.take(userId, false)).isEqualTo(SnapshotTaker.Outcome.TAKEN);

            // pages 0 and 1 were not asked again: the second attempt went on from the stored cursor
            assertThat(tiktok.pagesAsked).containsExactly(0, 1, 2, 2, 3, 4);
            assertThat(videoDayRows()).isEqualTo(VIDEOS);
            assertThat(distinctVideoDays()).isEqualTo(VIDEOS);
            assertThat(queries.profile(userId)).hasSize(1);
            assertThat(runs.find(userId).orElseThrow().videosSeen()).isEqualTo(VIDEOS);
        }

        @Test
        void aFailureBacksOffLongerEachTimeAndNeverShowsTheToken() {
            tiktok.failOnPage = 0;
            tiktok.failures = 2;
            tiktok.failure = new TikTokApiException(
                    "/v2/video/list/", 500, "internal_error", "Something went wrong", "log1", false);

            taker.take(userId, false);
            SnapshotRun first = runs.find(userId).orElseThrow();
            clock.set(first.nextRunAt());
            taker.take(userId, false);
            SnapshotRun second = runs.find(userId).orElseThrow();

            assertThat(Duration.between(NOW, first.nextRunAt())).isEqualTo(Duration.ofMinutes(5));
            assertThat(Duration.between(first.nextRunAt(), second.nextRunAt())).isEqualTo(Duration.ofMinutes(10));
            assertThat(second.attempts()).isEqualTo(2);
            assertThat(second.lastError()).contains("internal_error").doesNotContain("act.secret");
        }

        @Test
        void aSecondRunTheSameDayChangesNothingAndRefreshNowReplacesTheDay() {
            taker.take(userId, false);
            tiktok.pagesAsked.clear();

            assertThat(taker.take(userId, false)).isEqualTo(SnapshotTaker.Outcome.ALREADY_TAKEN);
            assertThat(tiktok.pagesAsked).isEmpty();

            tiktok.grow(10);
            assertThat(taker.take(userId, true)).isEqualTo(SnapshotTaker.Outcome.TAKEN);
            assertThat(videoDayRows()).isEqualTo(VIDEOS);
            assertThat(queries.profile(userId)).hasSize(1);
            assertThat(queries.profile(userId).getFirst().totalViews()).isEqualTo(tiktok.totalViews());
            // the same day: nothing to compare with yet
            assertThat(queries.video(userId, "v0").orElseThrow().viewsGrowth()).isNull();
        }

        @Test
        void theNextDayKeepsHistoryAndMeasuresGrowth() {
            taker.take(userId, false);
            long before = queries.video(userId, "v0").orElseThrow().views();
            clock.advance(Duration.ofDays(1));
            tiktok.grow(250);

            assertThat(taker.take(userId, false)).isEqualTo(SnapshotTaker.Outcome.TAKEN);

            VideoLine video = queries.video(userId, "v0").orElseThrow();
            assertThat(video.views()).isEqualTo(before + 250);
            assertThat(video.viewsGrowth()).isEqualTo(250);
            assertThat(video.previousDay()).isEqualTo(LocalDate.parse("2026-12-04"));
            assertThat(queries.videoDays(userId, "v0"))
                    .extracting(VideoDay::views)
                    .containsExactly(before, before + 250);
            assertThat(queries.profile(userId))
                    .extracting(ProfilePoint::day)
                    .containsExactly(LocalDate.parse("2026-12-04"), LocalDate.parse("2026-12-05"));
        }

        @Test
        void aRevokedConnectionIsSkippedUntilTheCreatorConnectsAgain() {
            grant.set(null);

            assertThat(taker.take(userId, false)).isEqualTo(SnapshotTaker.Outcome.SKIPPED);

            SnapshotRun run = runs.find(userId).orElseThrow();
            assertThat(run.state()).isEqualTo(SnapshotState.SKIPPED);
            assertThat(run.lastError()).contains("sign in with TikTok again");
            assertThat(run.nextRunAt()).isEqualTo(NOW.plus(Duration.ofDays(1)));
            assertThat(tiktok.pagesAsked).isEmpty();
            assertThat(runs.due(NOW.plus(Duration.ofHours(1)), 10)).doesNotContain(userId);

            taker.scheduleNow(userId); // what signing in again does
            assertThat(runs.due(NOW, 10)).contains(userId);
        }

        @Test
        void withoutVideoListOnlyTheProfileIsKeptAndThePageSaysWhy() {
            grant.set(new AccessGrant("act.secret", "open-ava", Set.of("user.info.basic", "user.info.stats")));

            assertThat(taker.take(userId, false)).isEqualTo(SnapshotTaker.Outcome.TAKEN);

            assertThat(tiktok.pagesAsked).isEmpty();
            assertThat(queries.profile(userId)).hasSize(1);
            assertThat(runs.find(userId).orElseThrow().lastError()).contains("video.list");
        }

        @Test
        void aVideosReachIsItsViewsAWeekAfterPosting() {
            taker.take(userId, false);
            // the fake posts video i at NOW - i days - 1 hour: v7 turned 7 days old today, v30 long before
            assertThat(queries.reach(userId))
                    .extracting(InsightQueries.Reach::postedAt)
                    .contains(tiktok.postedAt(7))
                    .doesNotContain(tiktok.postedAt(30));
        }

        private long videoDayRows() {
            return jdbc.sql("SELECT COUNT(*) FROM insight_video_day WHERE user_id = :user")
                    .param("user", userId)
                    .query(Long.class)
                    .single();
        }

        private long distinctVideoDays() {
            return jdbc.sql("SELECT COUNT(DISTINCT video_id) FROM insight_video_day WHERE user_id = :user")
                    .param("user", userId)
                    .query(Long.class)
                    .single();
        }

        private static <T> T construct(Class<T> type, javax.sql.DataSource dataSource) throws Exception {
            Constructor<T> constructor = type.getDeclaredConstructor(javax.sql.DataSource.class);
            constructor.setAccessible(true);
            return constructor.newInstance(dataSource);
        }
    }

    /** TikTok's video list over a fixed catalogue, newest first, twenty a page, with a failure on cue. */
    static final class FakeTikTok implements InsightsSource {

        private static final int PAGE = 20;
        private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");

        final List<Integer> pagesAsked = Collections.synchronizedList(new ArrayList<>());
        int failOnPage = -1;
        int failures = 1;

        @Nullable
        RuntimeException failure;

        private long extraViews;

        Instant postedAt(int index) {
            return NOW.minus(Duration.ofDays(index)).minus(Duration.ofHours(1));
        }

        void grow(long views) {
            extraViews += views;
        }

        long totalViews() {
            long total = 0;
            for (int i = 0; i < 95; i++) {
                total += views(i);
            }
            return total;
        }

        private long views(int index) {
            return 1_000L * (index + 1) + extraViews;
        }

        @Override
        public ProfileCounts profile(AccessGrant grant) {
            return new ProfileCounts(5_000, 20, 99_000, 95);
        }

        @Override
        public VideoBatch videos(AccessGrant grant, @Nullable Long cursor) {
            int first = 0;
            while (cursor != null && first < 95 && !postedAt(first).isBefore(Instant.ofEpochMilli(cursor))) {
                first++;
            }
            int page = first / PAGE;
            pagesAsked.add(page);
            if (page == failOnPage && failures > 0 && failure != null) {
                failures--;
                throw failure;
            }
            List<VideoSeen> videos = new ArrayList<>();
            for (int i = first; i < Math.min(95, first + PAGE); i++) {
                long views = views(i);
                videos.add(new VideoSeen(
                        "v" + i,
                        postedAt(i),
                        "Video " + i + " 🎉",
                        "",
                        30,
                        null,
                        null,
                        views,
                        views / 10,
                        views / 100,
                        views / 1000));
            }
            Instant last = postedAt(first + videos.size() - 1);
            return new VideoBatch(videos, last.toEpochMilli(), first + videos.size() < 95);
        }
    }
}
