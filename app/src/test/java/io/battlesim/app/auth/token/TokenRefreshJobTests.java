package io.battlesim.app.auth.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.battlesim.app.auth.SecuritySettings;
import io.battlesim.app.auth.TestClock;
import io.battlesim.app.auth.TestDatabases;
import io.battlesim.app.auth.TestDatabases.Database;
import io.battlesim.tiktok.client.AuthorizationRequest;
import io.battlesim.tiktok.client.Pkce;
import io.battlesim.tiktok.client.PkceEncoding;
import io.battlesim.tiktok.client.RetryPolicy;
import io.battlesim.tiktok.client.TikTokClient;
import io.battlesim.tiktok.client.TokenSet;
import io.battlesim.tiktok.emulator.EmulatorServer;
import io.battlesim.tiktok.emulator.FaultSettings;
import io.battlesim.tiktok.emulator.MutableClock;
import io.battlesim.tiktok.emulator.PkceMode;
import io.battlesim.tiktok.emulator.RegisteredApp;
import io.battlesim.tiktok.emulator.TikTokEmulator;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Two nodes (two vaults, refreshers and jobs over one database, each on its own thread) refreshing the same users'
 * tokens at the same moment against the TikTok emulator, which rotates refresh tokens and refuses a spent one: each
 * token is refreshed once by the scheduled job, and refreshes on request wait for each other, so nobody is signed out.
 * H2 always, PostgreSQL when it answers.
 */
class TokenRefreshJobTests {

    @Nested
    class OnH2 extends RefreshContract {
        OnH2() {
            super(Optional.of(TestDatabases.h2()));
        }
    }

    @Nested
    class OnPostgres extends RefreshContract {
        OnPostgres() {
            super(TestDatabases.postgres());
        }
    }

    abstract static class RefreshContract {

        private static final String CLIENT_KEY = "sbawrefreshnodes";
        private static final String SECRET = "refresh-nodes-secret-00000000001";
        private static final String REDIRECT_URI = "http://localhost:5000/auth/tiktok/callback";
        private static final Duration WINDOW = Duration.ofMinutes(10);
        private static final List<String> USERS = List.of("ava.sparks", "leo.beats", "mia.moves", "noah.laughs");

        private final Optional<Database> database;
        private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T10:00:00Z"));
        private final TikTokEmulator emulator =
                TikTokEmulator.builder().clock(clock).seed(11).build();
        private final byte[] key = TokenCipherTests.randomKey();
        private EmulatorServer server;
        private TikTokClient client;

        RefreshContract(Optional<Database> database) {
            this.database = database;
        }

        @BeforeEach
        void startTikTok() {
            if (database.filter(db -> db.name().equals("H2")).isPresent()) {
                // a refresh on request waits for the other node's call to TikTok; H2 gives up waiting for a lock
                // after 2 s (a cluster runs on PostgreSQL, which waits)
                database.orElseThrow()
                        .jdbc()
                        .sql("SET DEFAULT_LOCK_TIMEOUT 60000")
                        .update();
            }
            emulator.apps()
                    .register(new RegisteredApp(
                            CLIENT_KEY,
                            SECRET,
                            "Refresh nodes tests",
                            List.of(REDIRECT_URI),
                            Set.of("user.info.basic"),
                            PkceMode.HEX,
                            true,
                            false));
            server = EmulatorServer.start(emulator, 0);
            client = TikTokClient.builder()
                    .clientKey(CLIENT_KEY)
                    .clientSecret(SECRET)
                    .authorizeBaseUri(server.baseUrl())
                    .apiBaseUri(server.baseUrl())
                    .retryPolicy(RetryPolicy.none())
                    .connectTimeout(Duration.ofSeconds(2))
                    .clock(clock)
                    .build();
        }

        @AfterEach
        void stop() {
            if (server != null) {
                server.close();
            }
            database.ifPresent(Database::close);
        }

        @Test
        void twoNodesRunningTheJobAtOnceRefreshEachTokenOnce() throws Exception {
            Node a = new Node(db());
            Node b = new Node(db());
            List<TokenOwner> owners = new ArrayList<>();
            for (String username : USERS) {
                owners.add(signedIn(a, username));
            }
            List<TokenSet> before = owners.stream().map(a::stored).toList();
            clock.set(before.getFirst().accessTokenExpiresAt().minus(Duration.ofMinutes(5)));
            slowTikTok();

            List<Integer> refreshed = race(a.job::refreshDue, b.job::refreshDue);

            assertThat(refreshed.get(0) + refreshed.get(1)).isEqualTo(USERS.size());
            for (int i = 0; i < USERS.size(); i++) {
                StoredTokens after = b.vault
                        .find(owners.get(i).userId(), owners.get(i).openId())
                        .orElseThrow();
                assertThat(after.status()).isEqualTo(TokenStatus.ACTIVE);
                assertThat(after.tokens().refreshToken())
                        .isNotEqualTo(before.get(i).refreshToken());
            }
        }

        @Test
        void twoNodesRefreshingOnRequestAtOnceKeepTheUserConnected() throws Exception {
            Node a = new Node(db());
            Node b = new Node(db());
            TokenOwner owner = signedIn(a, "zoe.paints");
            slowTikTok();

            List<RefreshOutcome> outcomes = race(() -> a.refresher.refresh(owner), () -> b.refresher.refresh(owner));

            assertThat(outcomes)
                    .allSatisfy(outcome -> assertThat(outcome).isInstanceOf(RefreshOutcome.Refreshed.class));
            StoredTokens after = a.vault.find(owner.userId(), owner.openId()).orElseThrow();
            assertThat(after.status()).isEqualTo(TokenStatus.ACTIVE);
            emulator.faults(FaultSettings.NONE);
            assertThat(client.oauth().refresh(after.tokens().refreshToken()).openId())
                    .as("the stored refresh token is the one TikTok issued last")
                    .isEqualTo(owner.openId());
        }

        /** One node's token beans over the shared database. */
        private final class Node {
            final TokenVault vault;
            final TokenRefresher refresher;
            final TokenRefreshJob job;

            Node(Database db) {
                vault = new TokenVault(
                        new TokenRepository(db.jdbc()), new TokenCipher(key), TestClock.providerOf(clock));
                refresher = new TokenRefresher(
                        vault,
                        client,
                        new TransactionTemplate(new DataSourceTransactionManager(db.dataSource())),
                        TestClock.providerOf(clock));
                job = new TokenRefreshJob(
                        vault,
                        refresher,
                        new SecuritySettings(null, "test", Duration.ofMinutes(10), Duration.ofDays(30), WINDOW));
            }

            TokenSet stored(TokenOwner owner) {
                return vault.find(owner.userId(), owner.openId()).orElseThrow().tokens();
            }
        }

        /** Each TikTok call takes a while, so the two nodes' refreshes overlap. */
        private void slowTikTok() {
            emulator.faults(new FaultSettings(Duration.ofMillis(150), 0, 0, 0));
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
                    done.add(result.get(60, TimeUnit.SECONDS));
                }
                return done;
            } finally {
                threads.shutdownNow();
            }
        }

        /** A consented user with tokens from a real authorization on the emulator, stored through {@code node}. */
        private TokenOwner signedIn(Node node, String username) {
            Pkce pkce = Pkce.generate(PkceEncoding.HEX);
            URI authorize = client.oauth()
                    .authorizationUrl(new AuthorizationRequest(
                            REDIRECT_URI, Set.of("user.info.basic"), "state-" + username, pkce));
            String code = URLDecoder.decode(
                    UriComponentsBuilder.fromUri(emulator.approve(authorize, username))
                            .build()
                            .getQueryParams()
                            .getFirst("code"),
                    StandardCharsets.UTF_8);
            TokenSet tokens = client.oauth().exchangeCode(code, REDIRECT_URI, pkce.verifier());
            long userId = TestDatabases.insertUser(db().jdbc(), tokens.openId());
            node.vault.store(userId, tokens);
            return new TokenOwner(userId, tokens.openId());
        }

        private Database db() {
            assumeThat(database)
                    .as("PostgreSQL on 127.0.0.1:5432 is not answering")
                    .isPresent();
            return database.orElseThrow();
        }
    }
}
