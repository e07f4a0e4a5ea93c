package io.battlesim.app.auth.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.battlesim.app.auth.SecuritySettings;
import io.battlesim.app.auth.TestClock;
import io.battlesim.app.auth.TestDatabases;
import io.battlesim.app.auth.TestDatabases.Database;
import io.battlesim.tiktok.client.AuthorizationRequest;
import io.battlesim.tiktok.client.Pkce;
import io.battlesim.tiktok.client.PkceEncoding;
import io.battlesim.tiktok.client.RetryPolicy;
import io.battlesim.tiktok.client.TikTokApiException;
import io.battlesim.tiktok.client.TikTokClient;
import io.battlesim.tiktok.client.TokenSet;
import io.battlesim.tiktok.client.UserField;
import io.battlesim.tiktok.client.UserInfo;
import io.battlesim.tiktok.emulator.EmulatorServer;
import io.battlesim.tiktok.emulator.MutableClock;
import io.battlesim.tiktok.emulator.PkceMode;
import io.battlesim.tiktok.emulator.RegisteredApp;
import io.battlesim.tiktok.emulator.TikTokEmulator;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.UriComponentsBuilder;

/** Refreshing stored tokens against the TikTok emulator served over HTTP, on a clock the test moves. */
class TokenRefresherTests {

    private static final String CLIENT_KEY = "sbawrefreshtests";
    private static final String SECRET = "refresh-tests-secret-000000000001";
    private static final String REDIRECT_URI = "http://localhost:5000/auth/tiktok/callback";
    private static final Duration WINDOW = Duration.ofMinutes(10);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T10:00:00Z"));
    private final TikTokEmulator emulator =
            TikTokEmulator.builder().clock(clock).seed(7).build();
    private EmulatorServer server;
    private TikTokClient client;
    private Database database;
    private TokenVault vault;

    @BeforeEach
    void startTikTokAndDatabase() {
        emulator.apps()
                .register(new RegisteredApp(
                        CLIENT_KEY,
                        SECRET,
                        "Refresh tests",
                        List.of(REDIRECT_URI),
                        Set.of("user.info.basic", "user.info.profile"),
                        PkceMode.HEX,
                        true,
                        false));
        server = EmulatorServer.start(emulator, 0);
        client = clientAt(server.baseUrl());
        database = TestDatabases.h2();
        vault = new TokenVault(
                new TokenRepository(database.jdbc()),
                new TokenCipher(TokenCipherTests.randomKey()),
                TestClock.providerOf(clock));
    }

    @AfterEach
    void stop() {
        server.close();
        database.close();
    }

    @Test
    void refreshesTokensExpiringWithinTheWindowAndKeepsTheRotatedRefreshToken() {
        TokenOwner owner = signedIn("ava.sparks");
        TokenSet before = stored(owner);
        clock.set(before.accessTokenExpiresAt().minus(Duration.ofMinutes(5)));

        job(client).refreshExpiringTokens();

        TokenSet after = stored(owner);
        assertThat(after.accessToken()).isNotEqualTo(before.accessToken());
        assertThat(after.refreshToken()).isNotEqualTo(before.refreshToken());
        assertThat(after.accessTokenExpiresAt()).isAfter(before.accessTokenExpiresAt());
        assertThatExceptionOfType(TikTokApiException.class)
                .isThrownBy(() -> client.oauth().refresh(before.refreshToken()))
                .satisfies(e -> assertThat(e.errorCode()).isEqualTo("invalid_grant"));
    }

    @Test
    void leavesTokensOutsideTheWindowAlone() {
        TokenOwner owner = signedIn("leo.beats");
        TokenSet before = stored(owner);
        clock.set(before.accessTokenExpiresAt().minus(Duration.ofMinutes(11)));

        job(client).refreshExpiringTokens();

        assertThat(stored(owner)).isEqualTo(before);
    }

    @Test
    void marksTheConnectionExpiredWhenTikTokRefusesTheRefreshToken() {
        TokenOwner owner = signedIn("mia.moves");
        TokenSet real = stored(owner);
        vault.store(owner.userId(), withRefreshToken(real, "rft.revokedOrForged0000000000000000000000"));

        RefreshOutcome outcome = refresher(client).refresh(owner);

        assertThat(outcome).isInstanceOfSatisfying(RefreshOutcome.Refused.class, refused -> {
            assertThat(refused.errorCode()).isEqualTo("invalid_grant");
            assertThat(refused.logId()).isNotBlank();
        });
        assertThat(vault.find(owner.userId(), owner.openId()).orElseThrow().status())
                .isEqualTo(TokenStatus.EXPIRED);
    }

    @Test
    void marksTheConnectionExpiredOnceTheRefreshTokenHasExpired() {
        TokenOwner owner = signedIn("noah.laughs");
        clock.set(stored(owner).refreshTokenExpiresAt().plusSeconds(1));

        RefreshOutcome outcome = refresher(client).refresh(owner);

        assertThat(outcome).isInstanceOf(RefreshOutcome.Refused.class);
        assertThat(vault.find(owner.userId(), owner.openId()).orElseThrow().status())
                .isEqualTo(TokenStatus.EXPIRED);
    }

    @Test
    void keepsTheConnectionActiveWhenTikTokIsUnreachable() {
        TokenOwner owner = signedIn("zoe.paints");
        TokenSet before = stored(owner);
        server.close();

        RefreshOutcome outcome = refresher(clientAt(server.baseUrl())).refresh(owner);

        assertThat(outcome).isInstanceOf(RefreshOutcome.Failed.class);
        StoredTokens after = vault.find(owner.userId(), owner.openId()).orElseThrow();
        assertThat(after.status()).isEqualTo(TokenStatus.ACTIVE);
        assertThat(after.tokens()).isEqualTo(before);
    }

    @Test
    void reportsNotConnectedWithoutStoredTokens() {
        TokenOwner owner = signedIn("kai.games");
        vault.delete(owner.userId());

        assertThat(refresher(client).refresh(owner)).isInstanceOf(RefreshOutcome.NotConnected.class);
    }

    @Test
    void letsTheSdkSessionRefreshThroughTheVault() {
        TokenOwner owner = signedIn("luna.sings");
        TokenSet before = stored(owner);
        clock.set(before.accessTokenExpiresAt().plusSeconds(1));

        UserInfo info = client.session(owner.openId(), new VaultTokenStore(vault))
                .userInfo(EnumSet.of(UserField.OPEN_ID, UserField.DISPLAY_NAME));

        assertThat(info.openId()).isEqualTo(owner.openId());
        assertThat(stored(owner).refreshToken()).isNotEqualTo(before.refreshToken());
    }

    /** A consented user with tokens from a real authorization on the emulator. */
    private TokenOwner signedIn(String username) {
        Pkce pkce = Pkce.generate(PkceEncoding.HEX);
        URI authorize = client.oauth()
                .authorizationUrl(new AuthorizationRequest(
                        REDIRECT_URI, Set.of("user.info.basic", "user.info.profile"), "state-" + username, pkce));
        String code = URLDecoder.decode(
                UriComponentsBuilder.fromUri(emulator.approve(authorize, username))
                        .build()
                        .getQueryParams()
                        .getFirst("code"),
                StandardCharsets.UTF_8);
        TokenSet tokens = client.oauth().exchangeCode(code, REDIRECT_URI, pkce.verifier());
        long userId = TestDatabases.insertUser(database.jdbc(), tokens.openId());
        vault.store(userId, tokens);
        return new TokenOwner(userId, tokens.openId());
    }

    private TokenSet stored(TokenOwner owner) {
        return vault.find(owner.userId(), owner.openId()).orElseThrow().tokens();
    }

    private TokenRefresher refresher(TikTokClient tiktok) {
        return new TokenRefresher(
                vault,
                tiktok,
                new TransactionTemplate(new DataSourceTransactionManager(database.dataSource())),
                TestClock.providerOf(clock));
    }

    private TokenRefreshJob job(TikTokClient tiktok) {
        var settings = new SecuritySettings(null, "test", Duration.ofMinutes(10), Duration.ofDays(30), WINDOW);
        return new TokenRefreshJob(vault, refresher(tiktok), settings);
    }

    private TikTokClient clientAt(URI base) {
        return TikTokClient.builder()
                .clientKey(CLIENT_KEY)
                .clientSecret(SECRET)
                .authorizeBaseUri(base)
                .apiBaseUri(base)
                .retryPolicy(RetryPolicy.none())
                .connectTimeout(Duration.ofSeconds(2))
                .clock(clock)
                .build();
    }

    private static TokenSet withRefreshToken(TokenSet tokens, String refreshToken) {
        return new TokenSet(
                tokens.openId(),
                tokens.accessToken(),
                tokens.accessTokenExpiresAt(),
                refreshToken,
                tokens.refreshTokenExpiresAt(),
                tokens.scopes(),
                tokens.tokenType());
    }
}
