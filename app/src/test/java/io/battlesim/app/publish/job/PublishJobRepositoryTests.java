package io.battlesim.app.publish.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.battlesim.app.auth.TestDatabases;
import io.battlesim.app.auth.TestDatabases.Database;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The publish job store against real databases: H2 always, PostgreSQL when it answers. */
class PublishJobRepositoryTests {

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnH2 extends StoreContract {
        OnH2() {
            super(Optional.of(TestDatabases.h2()));
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnPostgres extends StoreContract {
        OnPostgres() {
            super(TestDatabases.postgres());
        }
    }

    abstract static class StoreContract {

        private static final Instant NOW = Instant.parse("2026-11-22T10:00:00.123456Z");

        private final Optional<Database> database;

        StoreContract(Optional<Database> database) {
            this.database = database;
        }

        @AfterAll
        void dropDatabase() {
            database.ifPresent(Database::close);
        }

        private Database db() {
            assumeThat(database)
                    .as("PostgreSQL on 127.0.0.1:5432 is not answering")
                    .isPresent();
            return database.orElseThrow();
        }

        @Test
        void storesAJobAndReadsItBackWhole() {
            var repository = new PublishJobRepository(db().jdbc());
            PublishJob job = videoJob(newUser(), "key-1");

            assertThat(repository.insert(job)).isTrue();

            PublishJob read = repository.find(job.id()).orElseThrow();
            assertThat(read).usingRecursiveComparison().isEqualTo(job);
            assertThat(read.choices().title()).isEqualTo("Ava 👨‍👩‍👧‍👦 vs Leo 🇩🇪");
        }

        @Test
        void refusesASecondJobWithTheSameIdempotencyKey() {
            var repository = new PublishJobRepository(db().jdbc());
            long user = newUser();
            PublishJob first = videoJob(user, "same-key");

            assertThat(repository.insert(first)).isTrue();
            assertThat(repository.insert(videoJob(user, "same-key"))).isFalse();
            assertThat(repository.findByKey(user, "same-key"))
                    .map(PublishJob::id)
                    .contains(first.id());
            assertThat(repository.insert(videoJob(newUser(), "same-key")))
                    .as("other user")
                    .isTrue();
        }

        @Test
        void walksThroughTheStatesAndNeverLeavesATerminalOne() {
            var repository = new PublishJobRepository(db().jdbc());
            PublishJob job = videoJob(newUser(), "walk");
            repository.insert(job);
            URI uploadUrl = URI.create("https://upload.example/v1?upload_token=secret");

            repository.initialised(
                    job.id(), "v_pub_file~v2-1.1", uploadUrl, NOW.plusSeconds(3600), JobState.UPLOADING, NOW);
            repository.uploaded(job.id(), 5000, NOW);
            assertThat(repository.findByPublishId("v_pub_file~v2-1.1").orElseThrow())
                    .satisfies(read -> {
                        assertThat(read.state()).isEqualTo(JobState.UPLOADING);
                        assertThat(read.uploadUrl()).isEqualTo(uploadUrl);
                        assertThat(read.uploadUrlExpiresAt()).isEqualTo(NOW.plusSeconds(3600));
                        assertThat(read.uploadedBytes()).isEqualTo(5000);
                    });
            assertThat(repository.unfinished()).extracting(PublishJob::id).contains(job.id());

            assertThat(repository.moveTo(job.id(), JobState.PROCESSING, NOW)).isTrue();
            assertThat(repository.complete(job.id(), List.of("7301"), NOW)).isTrue();
            repository.addPostId(job.id(), "7302", NOW);
            repository.addPostId(job.id(), "7302", NOW);

            assertThat(repository.fail(job.id(), "late", null, NOW)).isFalse();
            assertThat(repository.moveTo(job.id(), JobState.UPLOADING, NOW)).isFalse();
            PublishJob done = repository.find(job.id()).orElseThrow();
            assertThat(done.state()).isEqualTo(JobState.COMPLETED);
            assertThat(done.postIds()).containsExactly("7301", "7302");
            assertThat(repository.unfinished()).extracting(PublishJob::id).doesNotContain(job.id());
        }

        @Test
        void leavesOutAPostIdThatNoLongerFitsTheColumn() { // GH-10
            var repository = new PublishJobRepository(db().jdbc());
            PublishJob job = videoJob(newUser(), "many-posts");
            repository.insert(job);

            for (int i = 0; i < 60; i++) {
                repository.addPostId(job.id(), String.valueOf(7_300_000_000_000_000_000L + i), NOW);
            }

            List<String> postIds = repository.find(job.id()).orElseThrow().postIds();
            assertThat(postIds).hasSizeBetween(50, 59).startsWith("7300000000000000000");
            assertThat(String.join(",", postIds)).hasSizeLessThanOrEqualTo(PublishJobRepository.POST_IDS_LENGTH);
        }

        @Test
        void recordsFailuresWithWhenToRetry() {
            var repository = new PublishJobRepository(db().jdbc());
            PublishJob job = videoJob(newUser(), "fail");
            repository.insert(job);

            repository.fail(job.id(), "Too many posts today", NOW.plus(Duration.ofHours(3)), NOW);

            PublishJob failed = repository.find(job.id()).orElseThrow();
            assertThat(failed.state()).isEqualTo(JobState.FAILED);
            assertThat(failed.error()).isEqualTo("Too many posts today");
            assertThat(failed.retryAt()).isEqualTo(NOW.plus(Duration.ofHours(3)));
        }

        @Test
        void countsTheCreatorsPostsThatReachedTikTok() {
            var repository = new PublishJobRepository(db().jdbc());
            long user = newUser();
            PublishJob sent = videoJob(user, "sent");
            repository.insert(sent);
            repository.initialised(sent.id(), "p1", null, null, JobState.PROCESSING, NOW);
            repository.insert(videoJob(user, "never-sent"));

            String openId = sent.openId();
            assertThat(repository.postedSince(openId, NOW.minus(Duration.ofDays(1))))
                    .containsExactly(NOW);
            assertThat(repository.postedSince(openId, NOW.plusSeconds(1))).isEmpty();
            assertThat(repository.forUser(user, 10)).hasSize(2);
        }

        private long newUser() {
            return TestDatabases.insertUser(db().jdbc(), "open-" + UUID.randomUUID());
        }

        private PublishJob videoJob(long userId, String key) {
            String openId = db().jdbc()
                    .sql("SELECT open_id FROM app_user WHERE id = :id")
                    .param("id", userId)
                    .query(String.class)
                    .single();
            return PublishJob.pending(
                    UUID.randomUUID().toString(),
                    userId,
                    openId,
                    key,
                    MediaKind.VIDEO,
                    "battle-1",
                    null,
                    Path.of("data/publish/video.mp4"),
                    12_345L,
                    new PostChoices("Ava 👨‍👩‍👧‍👦 vs Leo 🇩🇪", "", "SELF_ONLY", true, false, true, false, false),
                    NOW);
        }
    }
}
