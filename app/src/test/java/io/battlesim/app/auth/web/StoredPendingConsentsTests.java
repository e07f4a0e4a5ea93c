package io.battlesim.app.auth.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.battlesim.app.auth.TestDatabases;
import io.battlesim.app.auth.TestDatabases.Database;
import io.battlesim.app.auth.account.PendingConsent;
import io.battlesim.app.auth.account.TikTokProfile;
import io.battlesim.app.auth.token.TokenCipher;
import io.battlesim.tiktok.client.TokenSet;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.mock.web.MockHttpSession;

/** Cluster mode's pending consents against real databases: H2 always, PostgreSQL when it answers. */
class StoredPendingConsentsTests {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

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

        private final Optional<Database> database;
        private final TokenCipher cipher = new TokenCipher(randomKey());

        StoreContract(Optional<Database> database) {
            this.database = database;
        }

        @AfterAll
        void dropDatabase() {
            database.ifPresent(Database::close);
        }

        @BeforeEach
        void startEmpty() {
            db().jdbc().sql("DELETE FROM pending_consent").update();
        }

        @Test
        void findsWhatASessionKeptWithItsTokensProfileAndScopeOrder() {
            var store = store();
            var session = new MockHttpSession();
            PendingConsent pending = pendingConsent("ava", NOW.plusSeconds(600));

            store.keep(session, pending);

            assertThat(store.find(session)).contains(pending);
            assertThat(store.find(session).orElseThrow().tokens().scopes())
                    .containsExactly("user.info.basic", "video.list", "user.info.profile");
            assertThat(session.getAttribute(StoredPendingConsents.SESSION_ATTRIBUTE))
                    .isInstanceOf(String.class);
        }

        @Test
        void keepsNoTokenNorProfileInClear() {
            store().keep(new MockHttpSession(), pendingConsent("ava", NOW.plusSeconds(600)));

            assertThat(db().jdbc()
                            .sql("SELECT sealed FROM pending_consent")
                            .query(String.class)
                            .single())
                    .doesNotContain("act.ava")
                    .doesNotContain("rft.ava")
                    .doesNotContain("open-ava")
                    .doesNotContain("Ava");
        }

        @Test
        void findsNothingForAnotherSessionOrAfterForgetting() {
            var store = store();
            var session = new MockHttpSession();
            store.keep(session, pendingConsent("ava", NOW.plusSeconds(600)));

            assertThat(store.find(new MockHttpSession())).isEmpty();
            assertThat(store.find(null)).isEmpty();
            store.forget(session);
            assertThat(store.find(session)).isEmpty();
            assertThat(rows()).isZero();
        }

        @Test
        void refusesARowSealedForAnotherId() {
            var store = store();
            var first = new MockHttpSession();
            var second = new MockHttpSession();
            store.keep(first, pendingConsent("ava", NOW.plusSeconds(600)));
            store.keep(second, pendingConsent("leo", NOW.plusSeconds(600)));

            db().jdbc()
                    .sql("UPDATE pending_consent SET sealed = (SELECT sealed FROM pending_consent WHERE id = :first)"
                            + " WHERE id = :second")
                    .param("first", first.getAttribute(StoredPendingConsents.SESSION_ATTRIBUTE))
                    .param("second", second.getAttribute(StoredPendingConsents.SESSION_ATTRIBUTE))
                    .update();

            assertThat(store.find(second)).isEmpty();
            assertThat(store.find(first)).isPresent();
        }

        @Test
        void takesOnlyExpiredConsentsAndEachOnlyOnce() {
            var store = store();
            var other = store();
            store.keep(new MockHttpSession(), pendingConsent("ava", NOW.minusSeconds(120)));
            store.keep(new MockHttpSession(), pendingConsent("leo", NOW.minusSeconds(60)));
            store.keep(new MockHttpSession(), pendingConsent("mia", NOW.plusSeconds(60)));

            List<PendingConsent> taken = store.takeExpiredBefore(NOW, 100);

            assertThat(taken).extracting(pending -> pending.profile().openId()).containsExactly("open-ava", "open-leo");
            assertThat(other.takeExpiredBefore(NOW, 100)).isEmpty();
            assertThat(rows()).isOne();
        }

        @Test
        void takesExpiredConsentsInBatches() {
            var store = store();
            for (int i = 0; i < 3; i++) {
                store.keep(new MockHttpSession(), pendingConsent("user" + i, NOW.minusSeconds(60 - i)));
            }

            assertThat(store.takeExpiredBefore(NOW, 2)).hasSize(2);
            assertThat(store.takeExpiredBefore(NOW, 2)).hasSize(1);
        }

        private StoredPendingConsents store() {
            return new StoredPendingConsents(db().jdbc(), cipher);
        }

        private long rows() {
            return db().jdbc()
                    .sql("SELECT COUNT(*) FROM pending_consent")
                    .query(Long.class)
                    .single();
        }

        private Database db() {
            assumeThat(database)
                    .as("PostgreSQL on 127.0.0.1:5432 is not answering")
                    .isPresent();
            return database.orElseThrow();
        }
    }

    static PendingConsent pendingConsent(String name, Instant expiresAt) {
        var tokens = new TokenSet(
                "open-" + name,
                "act." + name,
                NOW.plus(Duration.ofHours(24)),
                "rft." + name,
                NOW.plus(Duration.ofDays(365)),
                new LinkedHashSet<>(List.of("user.info.basic", "video.list", "user.info.profile")),
                "Bearer");
        String displayName = name.substring(0, 1).toUpperCase() + name.substring(1) + " Example";
        var profile = new TikTokProfile("open-" + name, null, displayName, "https://example.com/" + name, name);
        return new PendingConsent(tokens, profile, false, expiresAt);
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
