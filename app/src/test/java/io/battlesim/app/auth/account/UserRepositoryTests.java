package io.battlesim.app.auth.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.battlesim.app.auth.TestDatabases;
import io.battlesim.app.auth.TestDatabases.Database;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.dao.DuplicateKeyException;

/** The {@code app_user} table against real databases: H2 always, PostgreSQL when it answers. */
class UserRepositoryTests {

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnH2 extends UsersContract {
        OnH2() {
            super(Optional.of(TestDatabases.h2()));
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnPostgres extends UsersContract {
        OnPostgres() {
            super(TestDatabases.postgres());
        }
    }

    abstract static class UsersContract {

        private static final Instant SIGNED_UP = Instant.parse("2026-06-01T10:00:00Z");
        private static final Instant LATER = Instant.parse("2026-06-02T08:30:00.123456Z");

        private final Optional<Database> database;

        UsersContract(Optional<Database> database) {
            this.database = database;
        }

        @AfterAll
        void dropDatabase() {
            database.ifPresent(Database::close);
        }

        private UserRepository users() {
            assumeThat(database)
                    .as("PostgreSQL on 127.0.0.1:5432 is not answering")
                    .isPresent();
            return new UserRepository(database.orElseThrow().jdbc());
        }

        @Test
        void createsAUserWithTheirConsent() {
            TikTokProfile profile = profile("Ava <Sparks> & \"Co\"");
            var consent = new Consent(SIGNED_UP, SIGNED_UP.plusSeconds(1), "2026-06");

            AppUser user = users().create(profile, consent, SIGNED_UP);

            assertThat(user.id()).isPositive();
            assertThat(user.openId()).isEqualTo(profile.openId());
            assertThat(user.displayName()).isEqualTo("Ava <Sparks> & \"Co\"");
            assertThat(user.unionId()).isEqualTo(profile.unionId());
            assertThat(user.avatarUrl()).isEqualTo(profile.avatarUrl());
            assertThat(user.username()).isEqualTo(profile.username());
            assertThat(user.createdAt()).isEqualTo(SIGNED_UP);
            assertThat(user.ageConfirmedAt()).isEqualTo(SIGNED_UP);
            assertThat(user.consentAt()).isEqualTo(SIGNED_UP.plusSeconds(1));
            assertThat(user.consentVersion()).isEqualTo("2026-06");
            assertThat(users().findById(user.id())).contains(user);
            assertThat(users().findByOpenId(profile.openId())).contains(user);
        }

        @Test
        void keepsOneUserPerOpenId() {
            TikTokProfile profile = profile("Leo");
            users().create(profile, consent(), SIGNED_UP);

            assertThatExceptionOfType(DuplicateKeyException.class)
                    .isThrownBy(() -> users().create(profile, consent(), SIGNED_UP));
        }

        @Test
        void updatesTheProfileButNotTheConsent() {
            AppUser user = users().create(profile("Mia"), consent(), SIGNED_UP);
            var changed = new TikTokProfile(user.openId(), null, "Mia Moves", null, null);

            users().updateProfile(user.id(), changed, LATER);

            AppUser updated = users().findById(user.id()).orElseThrow();
            assertThat(updated.displayName()).isEqualTo("Mia Moves");
            assertThat(updated.avatarUrl()).isNull();
            assertThat(updated.username()).isNull();
            assertThat(updated.unionId()).isNull();
            assertThat(updated.updatedAt()).isEqualTo(LATER);
            assertThat(updated.consentAt()).isEqualTo(user.consentAt());
            assertThat(updated.createdAt()).isEqualTo(SIGNED_UP);
        }

        @Test
        void renewsTheConsent() {
            AppUser user = users().create(profile("Omar"), consent(), SIGNED_UP);

            users().updateConsent(user.id(), new Consent(LATER, LATER, "2027-01-01"));

            AppUser renewed = users().findById(user.id()).orElseThrow();
            assertThat(renewed.consentVersion()).isEqualTo("2027-01-01");
            assertThat(renewed.consentAt()).isEqualTo(LATER);
            assertThat(renewed.ageConfirmedAt()).isEqualTo(LATER);
            assertThat(renewed.createdAt()).isEqualTo(SIGNED_UP);
        }

        @Test
        void deletesAUser() {
            AppUser user = users().create(profile("Noah"), consent(), SIGNED_UP);

            assertThat(users().delete(user.id())).isTrue();

            assertThat(users().findById(user.id())).isEmpty();
            assertThat(users().findByOpenId(user.openId())).isEmpty();
            assertThat(users().delete(user.id())).isFalse();
        }

        private static Consent consent() {
            return new Consent(SIGNED_UP, SIGNED_UP, "2026-06");
        }

        private static TikTokProfile profile(String displayName) {
            String id = UUID.randomUUID().toString();
            return new TikTokProfile(
                    "open-" + id, "union-" + id, displayName, "https://avatars.example/" + id + ".png", "user." + id);
        }
    }
}
