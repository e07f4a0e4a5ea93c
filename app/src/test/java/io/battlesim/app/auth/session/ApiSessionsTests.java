package io.battlesim.app.auth.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.battlesim.app.auth.SecuritySettings;
import io.battlesim.app.auth.TestClock;
import io.battlesim.app.auth.TestDatabases;
import io.battlesim.app.auth.TestDatabases.Database;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** App sessions of mobile apps against real databases: H2 always, PostgreSQL when it answers. */
class ApiSessionsTests {

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnH2 extends SessionsContract {
        OnH2() {
            super(Optional.of(TestDatabases.h2()));
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnPostgres extends SessionsContract {
        OnPostgres() {
            super(TestDatabases.postgres());
        }
    }

    abstract static class SessionsContract {

        private final Optional<Database> database;
        private final TestClock clock = TestClock.at("2026-06-01T10:00:00Z");

        SessionsContract(Optional<Database> database) {
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

        private ApiSessions sessions() {
            var settings = new SecuritySettings(
                    null, "test", Duration.ofMinutes(10), Duration.ofDays(30), Duration.ofMinutes(10));
            return new ApiSessions(new ApiSessionRepository(db().jdbc()), settings, clock.provider());
        }

        private long newUser() {
            return TestDatabases.insertUser(db().jdbc(), "open-" + UUID.randomUUID());
        }

        @Test
        void issuesA256BitTokenThatResolvesToItsUserForThirtyDays() {
            long userId = newUser();

            IssuedSession session = sessions().issue(userId);

            assertThat(Base64.getUrlDecoder().decode(session.token())).hasSize(32);
            assertThat(session.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(30)));
            assertThat(sessions().resolve(session.token())).contains(userId);
        }

        @Test
        void storesOnlyTheSha256OfTheToken() throws Exception {
            long userId = newUser();

            IssuedSession session = sessions().issue(userId);

            String stored = db().jdbc()
                    .sql("SELECT token_hash FROM api_session WHERE user_id = :id")
                    .param("id", userId)
                    .query(String.class)
                    .single();
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(session.token().getBytes(StandardCharsets.US_ASCII));
            assertThat(stored).isEqualTo(HexFormat.of().formatHex(digest)).doesNotContain(session.token());
        }

        @Test
        void doesNotResolveUnknownOrExpiredTokens() {
            long userId = newUser();
            IssuedSession session = sessions().issue(userId);

            assertThat(sessions().resolve(session.token() + "x")).isEmpty();
            clock.advance(Duration.ofDays(30));
            assertThat(sessions().resolve(session.token())).isEmpty();
            assertThat(sessions().purgeExpired()).isPositive();
        }

        @Test
        void endsOneSessionOrAllOfAUser() {
            long userId = newUser();
            IssuedSession first = sessions().issue(userId);
            IssuedSession second = sessions().issue(userId);
            IssuedSession third = sessions().issue(userId);

            assertThat(sessions().end(first.token())).isTrue();
            assertThat(sessions().resolve(first.token())).isEmpty();
            assertThat(sessions().resolve(second.token())).contains(userId);

            assertThat(sessions().endAll(userId)).isEqualTo(2);
            assertThat(sessions().resolve(third.token())).isEmpty();
        }

        @Test
        void endsSessionsWithTheirUser() {
            long userId = newUser();
            IssuedSession session = sessions().issue(userId);

            db().jdbc()
                    .sql("DELETE FROM app_user WHERE id = :id")
                    .param("id", userId)
                    .update();

            assertThat(sessions().resolve(session.token())).isEmpty();
        }

        @Test
        void masksTheTokenInToString() {
            IssuedSession session = sessions().issue(newUser());

            assertThat(session.toString()).doesNotContain(session.token());
        }
    }
}
