package io.battlesim.app.auth.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.battlesim.app.auth.TestClock;
import io.battlesim.app.auth.TestDatabases;
import io.battlesim.app.auth.TestDatabases.Database;
import io.battlesim.tiktok.client.TokenSet;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The encrypted token vault against real databases: H2 always, PostgreSQL when it answers. */
class TokenVaultTests {

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnH2 extends VaultContract {
        OnH2() {
            super(Optional.of(TestDatabases.h2()));
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnPostgres extends VaultContract {
        OnPostgres() {
            super(TestDatabases.postgres());
        }
    }

    abstract static class VaultContract {

        private static final Instant START = Instant.parse("2026-06-01T10:00:00Z");

        private final Optional<Database> database;
        private final TestClock clock = new TestClock(START);
        private final TokenCipher cipher = new TokenCipher(TokenCipherTests.randomKey());

        VaultContract(Optional<Database> database) {
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

        private TokenVault vault() {
            return new TokenVault(new TokenRepository(db().jdbc()), cipher, clock.provider());
        }

        @Test
        void storesAndFindsTokens() {
            String openId = newOpenId();
            long userId = TestDatabases.insertUser(db().jdbc(), openId);
            TokenSet tokens = tokensFor(openId, START.plus(Duration.ofHours(24)));

            vault().store(userId, tokens);

            StoredTokens stored = vault().find(userId, openId).orElseThrow();
            assertThat(stored.tokens()).isEqualTo(tokens);
            assertThat(stored.status()).isEqualTo(TokenStatus.ACTIVE);
            assertThat(stored.updatedAt()).isEqualTo(START);
            assertThat(vault().findByOpenId(openId)).contains(stored);
        }

        @Test
        void replacesTheTokensOfAUserAndReactivates() {
            String openId = newOpenId();
            long userId = TestDatabases.insertUser(db().jdbc(), openId);
            vault().store(userId, tokensFor(openId, START.plusSeconds(60)));
            vault().markExpired(userId);
            TokenSet rotated = tokensFor(openId, START.plus(Duration.ofHours(2)));

            vault().store(userId, rotated);

            StoredTokens stored = vault().find(userId, openId).orElseThrow();
            assertThat(stored.tokens().refreshToken()).isEqualTo(rotated.refreshToken());
            assertThat(stored.status()).isEqualTo(TokenStatus.ACTIVE);
            assertThat(rowCount(userId)).isOne();
        }

        @Test
        void neverStoresTokensInClear() {
            String openId = newOpenId();
            long userId = TestDatabases.insertUser(db().jdbc(), openId);
            TokenSet tokens = tokensFor(openId, START.plus(Duration.ofHours(24)));

            vault().store(userId, tokens);

            Map<String, Object> row = db().jdbc()
                    .sql("SELECT * FROM tiktok_token WHERE user_id = :id")
                    .param("id", userId)
                    .query()
                    .singleRow();
            String raw = row.values().toString();
            for (String secret : List.of(tokens.accessToken(), tokens.refreshToken())) {
                assertThat(raw)
                        .doesNotContain(secret)
                        .doesNotContain(secret.substring(4, 20))
                        .doesNotContain(base64(secret))
                        .doesNotContain(Base64.getUrlEncoder().encodeToString(bytes(secret)))
                        .doesNotContain(HexFormat.of().formatHex(bytes(secret)));
            }
            assertThat(row.get("access_token_enc").toString()).isNotEmpty();
            assertThat(row.get("refresh_token_enc").toString()).isNotEmpty();
        }

        @Test
        void refusesTokensCopiedFromAnotherUsersRow() {
            String victim = newOpenId();
            String attacker = newOpenId();
            long victimId = TestDatabases.insertUser(db().jdbc(), victim);
            long attackerId = TestDatabases.insertUser(db().jdbc(), attacker);
            vault().store(victimId, tokensFor(victim, START.plusSeconds(3600)));
            vault().store(attackerId, tokensFor(attacker, START.plusSeconds(3600)));

            db().jdbc()
                    .sql("""
                            UPDATE tiktok_token SET access_token_enc =
                              (SELECT access_token_enc FROM tiktok_token WHERE user_id = :victim)
                            WHERE user_id = :attacker""")
                    .param("victim", victimId)
                    .param("attacker", attackerId)
                    .update();

            assertThatExceptionOfType(TokenDecryptionException.class)
                    .isThrownBy(() -> vault().find(attackerId, attacker));
        }

        @Test
        void refusesAnAccessTokenMovedIntoTheRefreshColumn() {
            String openId = newOpenId();
            long userId = TestDatabases.insertUser(db().jdbc(), openId);
            vault().store(userId, tokensFor(openId, START.plusSeconds(3600)));

            db().jdbc()
                    .sql("UPDATE tiktok_token SET refresh_token_enc = access_token_enc WHERE user_id = :id")
                    .param("id", userId)
                    .update();

            assertThatExceptionOfType(TokenDecryptionException.class).isThrownBy(() -> vault().find(userId, openId));
        }

        @Test
        void listsOnlyActiveTokensExpiringWithinTheWindow() {
            String soon = newOpenId();
            String later = newOpenId();
            String expired = newOpenId();
            long soonId = TestDatabases.insertUser(db().jdbc(), soon);
            long laterId = TestDatabases.insertUser(db().jdbc(), later);
            long expiredId = TestDatabases.insertUser(db().jdbc(), expired);
            vault().store(soonId, tokensFor(soon, START.plus(Duration.ofMinutes(5))));
            vault().store(laterId, tokensFor(later, START.plus(Duration.ofMinutes(30))));
            vault().store(expiredId, tokensFor(expired, START.plus(Duration.ofMinutes(1))));
            vault().markExpired(expiredId);

            List<TokenOwner> due = vault().activeExpiringWithin(Duration.ofMinutes(10));

            assertThat(due).contains(new TokenOwner(soonId, soon));
            assertThat(due).doesNotContain(new TokenOwner(laterId, later), new TokenOwner(expiredId, expired));
        }

        @Test
        void marksAConnectionExpired() {
            String openId = newOpenId();
            long userId = TestDatabases.insertUser(db().jdbc(), openId);
            vault().store(userId, tokensFor(openId, START.plusSeconds(3600)));

            vault().markExpired(userId);

            assertThat(vault().find(userId, openId).orElseThrow().status()).isEqualTo(TokenStatus.EXPIRED);
        }

        @Test
        void deletesTokens() {
            String openId = newOpenId();
            long userId = TestDatabases.insertUser(db().jdbc(), openId);
            vault().store(userId, tokensFor(openId, START.plusSeconds(3600)));

            assertThat(vault().delete(userId)).isTrue();

            assertThat(vault().find(userId, openId)).isEmpty();
            assertThat(vault().delete(userId)).isFalse();
        }

        @Test
        void deletesTokensWithTheirUser() {
            String openId = newOpenId();
            long userId = TestDatabases.insertUser(db().jdbc(), openId);
            vault().store(userId, tokensFor(openId, START.plusSeconds(3600)));

            db().jdbc()
                    .sql("DELETE FROM app_user WHERE id = :id")
                    .param("id", userId)
                    .update();

            assertThat(rowCount(userId)).isZero();
        }

        @Test
        void servesTheSdkTokenStoreForConsentedUsersOnly() {
            String openId = newOpenId();
            long userId = TestDatabases.insertUser(db().jdbc(), openId);
            var store = new VaultTokenStore(vault());
            TokenSet tokens = tokensFor(openId, START.plusSeconds(3600));

            store.save(tokens);

            assertThat(store.find(openId)).contains(tokens);
            assertThat(vault().find(userId, openId)).isPresent();
            assertThatIllegalStateException().isThrownBy(() -> store.save(tokensFor(newOpenId(), START)));
            assertThat(store.find("nobody")).isEmpty();
        }

        @Test
        void hidesExpiredConnectionsFromTheSdk() {
            String openId = newOpenId();
            long userId = TestDatabases.insertUser(db().jdbc(), openId);
            var store = new VaultTokenStore(vault());
            store.save(tokensFor(openId, START.plusSeconds(3600)));

            vault().markExpired(userId);

            assertThat(store.find(openId)).isEmpty();
        }

        private long rowCount(long userId) {
            return db().jdbc()
                    .sql("SELECT COUNT(*) FROM tiktok_token WHERE user_id = :id")
                    .param("id", userId)
                    .query(Long.class)
                    .single();
        }
    }

    static String newOpenId() {
        return "open-" + UUID.randomUUID();
    }

    static TokenSet tokensFor(String openId, Instant accessExpiresAt) {
        String suffix = UUID.randomUUID().toString().replace("-", "");
        return new TokenSet(
                openId,
                "act." + suffix + "AccessSecretValue",
                accessExpiresAt,
                "rft." + suffix + "RefreshSecretValue",
                accessExpiresAt.plus(Duration.ofDays(365)),
                Set.of("user.info.basic", "user.info.profile"),
                "Bearer");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(bytes(text));
    }
}
