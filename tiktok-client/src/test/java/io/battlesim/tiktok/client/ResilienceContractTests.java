package io.battlesim.tiktok.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.battlesim.tiktok.emulator.FaultSettings;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Retries, rate limits and transport failures against the emulator's fault and rate-limit modes. */
class ResilienceContractTests {

    private static final Set<UserField> OPEN_ID = Set.of(UserField.OPEN_ID);

    private static FaultSettings serverErrors() {
        return new FaultSettings(Duration.ZERO, 1.0, 0, 0);
    }

    private static FaultSettings forced429s() {
        return new FaultSettings(Duration.ZERO, 0, 1.0, 0);
    }

    private static FaultSettings droppedConnections() {
        return new FaultSettings(Duration.ZERO, 0, 0, 1.0);
    }

    @Nested
    class ServerSideRateLimit {

        private final EmulatorFixture tiktok =
                EmulatorFixture.start(emulator -> emulator.rateLimit("/v2/user/info/", 2));

        @AfterEach
        void stopEmulator() {
            tiktok.close();
        }

        @Test
        void retriesA429AndThenReportsItAsRetryable() {
            TokenSet tokens = tiktok.signIn("ava.sparks");
            TikTokClient client = tiktok.client();
            client.display().userInfo(tokens.accessToken(), OPEN_ID);
            client.display().userInfo(tokens.accessToken(), OPEN_ID);

            assertThatExceptionOfType(TikTokApiException.class)
                    .isThrownBy(() -> client.display().userInfo(tokens.accessToken(), OPEN_ID))
                    .satisfies(e -> {
                        assertThat(e.errorCode()).isEqualTo("rate_limit_exceeded");
                        assertThat(e.httpStatus()).isEqualTo(429);
                        assertThat(e.retryable()).isTrue();
                    });
            assertThat(tiktok.sleeper().pauses()).hasSize(2);
        }

        @Test
        void succeedsOnceTheWindowHasPassed() {
            TokenSet tokens = tiktok.signIn("ava.sparks");
            TikTokClient client = tiktok.client();
            client.display().userInfo(tokens.accessToken(), OPEN_ID);
            client.display().userInfo(tokens.accessToken(), OPEN_ID);
            tiktok.sleeper().onPause(() -> tiktok.clock().advance(Duration.ofSeconds(61)));

            UserInfo user = client.display().userInfo(tokens.accessToken(), OPEN_ID);

            assertThat(user.openId()).isEqualTo(tokens.openId());
            assertThat(tiktok.sleeper().pauses()).hasSize(1);
        }
    }

    @Nested
    class Faults {

        private final EmulatorFixture tiktok = EmulatorFixture.start();
        private final TikTokClient client = tiktok.client();

        @AfterEach
        void stopEmulator() {
            tiktok.close();
        }

        @Test
        void retriesForced429sThenReportsARetryableError() {
            TokenSet tokens = tiktok.signIn("ava.sparks");
            tiktok.emulator().faults(forced429s());

            assertThatExceptionOfType(TikTokApiException.class)
                    .isThrownBy(() -> client.display().userInfo(tokens.accessToken(), OPEN_ID))
                    .satisfies(e -> {
                        assertThat(e.errorCode()).isEqualTo("rate_limit_exceeded");
                        assertThat(e.retryable()).isTrue();
                    });
            assertThat(tiktok.sleeper().pauses()).hasSize(2);
        }

        @Test
        void retriesAServerErrorAndSucceedsWhenTheOutageEnds() {
            TokenSet tokens = tiktok.signIn("ava.sparks");
            tiktok.emulator().faults(serverErrors());
            tiktok.sleeper().onPause(() -> tiktok.emulator().faults(FaultSettings.NONE));

            UserInfo user = client.display().userInfo(tokens.accessToken(), OPEN_ID);

            assertThat(user.openId()).isEqualTo(tokens.openId());
            assertThat(tiktok.sleeper().pauses()).hasSize(1);
        }

        @Test
        void reportsAPersistentServerErrorAsRetryableAfterTheLastAttempt() {
            TokenSet tokens = tiktok.signIn("ava.sparks");
            tiktok.emulator().faults(serverErrors());

            assertThatExceptionOfType(TikTokApiException.class)
                    .isThrownBy(() -> client.display().userInfo(tokens.accessToken(), OPEN_ID))
                    .satisfies(e -> {
                        assertThat(e.errorCode()).isEqualTo("internal_error");
                        assertThat(e.httpStatus()).isEqualTo(500);
                        assertThat(e.retryable()).isTrue();
                    });
            assertThat(tiktok.sleeper().pauses()).hasSize(2);
        }

        @Test
        void neverRetriesTheCodeExchangeAfterAServerAnswer() {
            Pkce pkce = Pkce.generate(PkceEncoding.HEX);
            String code = tiktok.approve("ava.sparks", EmulatorFixture.APP_SCOPES, pkce);
            tiktok.emulator().faults(serverErrors());

            assertThatExceptionOfType(TikTokApiException.class)
                    .isThrownBy(() -> client.oauth().exchangeCode(code, EmulatorFixture.REDIRECT_URI, pkce.verifier()))
                    .satisfies(e -> assertThat(e.httpStatus()).isEqualTo(500));
            assertThat(tiktok.sleeper().pauses()).isEmpty();
        }

        @Test
        void neverRetriesARefreshAfterAServerAnswer() {
            TokenSet tokens = tiktok.signIn("ava.sparks");
            tiktok.emulator().faults(forced429s());

            assertThatExceptionOfType(TikTokApiException.class)
                    .isThrownBy(() -> client.oauth().refresh(tokens.refreshToken()))
                    .satisfies(e -> assertThat(e.retryable()).isTrue());
            assertThat(tiktok.sleeper().pauses()).isEmpty();
        }

        @Test
        void retriesTheClientCredentialsGrant() {
            tiktok.emulator().faults(serverErrors());
            tiktok.sleeper().onPause(() -> tiktok.emulator().faults(FaultSettings.NONE));

            assertThat(client.oauth().clientToken().accessToken()).startsWith("clt.");
            assertThat(tiktok.sleeper().pauses()).hasSize(1);
        }

        @Test
        void retriesADroppedConnectionForUserInfo() {
            TokenSet tokens = tiktok.signIn("ava.sparks");
            tiktok.emulator().faults(droppedConnections());
            tiktok.sleeper().onPause(() -> tiktok.emulator().faults(FaultSettings.NONE));

            assertThat(client.display().userInfo(tokens.accessToken(), OPEN_ID).openId())
                    .isEqualTo(tokens.openId());
        }

        @Test
        void reportsPersistentlyDroppedConnectionsAsTransportFailures() {
            TokenSet tokens = tiktok.signIn("ava.sparks");
            tiktok.emulator().faults(droppedConnections());

            assertThatExceptionOfType(TikTokTransportException.class)
                    .isThrownBy(() -> client.display().userInfo(tokens.accessToken(), OPEN_ID))
                    .satisfies(e -> {
                        assertThat(e.beforeRequestSent()).isFalse();
                        assertThat(e.getMessage()).doesNotContain(tokens.accessToken());
                    });
            assertThat(tiktok.sleeper().pauses()).hasSize(2);
        }

        @Test
        void neverRetriesACodeExchangeWhoseConnectionDroppedAfterSending() {
            Pkce pkce = Pkce.generate(PkceEncoding.HEX);
            String code = tiktok.approve("ava.sparks", EmulatorFixture.APP_SCOPES, pkce);
            tiktok.emulator().faults(droppedConnections());

            assertThatExceptionOfType(TikTokTransportException.class)
                    .isThrownBy(() -> client.oauth().exchangeCode(code, EmulatorFixture.REDIRECT_URI, pkce.verifier()));
            assertThat(tiktok.sleeper().pauses()).isEmpty();
        }
    }

    @Nested
    class ClientSideRateLimit {

        private final EmulatorFixture tiktok = EmulatorFixture.start();

        @AfterEach
        void stopEmulator() {
            tiktok.close();
        }

        @Test
        void failsFastBeforeSendingOnceTheLocalLimitIsReached() {
            TokenSet tokens = tiktok.signIn("ava.sparks");
            TikTokClient limited = tiktok.client()
                    .newBuilder()
                    .rateLimitMode(RateLimitMode.FAIL_FAST)
                    .rateLimit("/v2/user/info/", 2)
                    .build();
            limited.display().userInfo(tokens.accessToken(), OPEN_ID);
            limited.display().userInfo(tokens.accessToken(), OPEN_ID);

            assertThatExceptionOfType(TikTokRateLimitedException.class)
                    .isThrownBy(() -> limited.display().userInfo(tokens.accessToken(), OPEN_ID))
                    .satisfies(e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(30)));
            assertThat(tiktok.sleeper().pauses()).isEmpty();
        }

        @Test
        void limitsEachAccessTokenSeparately() {
            TokenSet ava = tiktok.signIn("ava.sparks");
            TokenSet leo = tiktok.signIn("leo.beats");
            TikTokClient limited = tiktok.client()
                    .newBuilder()
                    .rateLimitMode(RateLimitMode.FAIL_FAST)
                    .rateLimit("/v2/user/info/", 1)
                    .build();
            limited.display().userInfo(ava.accessToken(), OPEN_ID);

            assertThat(limited.display().userInfo(leo.accessToken(), OPEN_ID).openId())
                    .isEqualTo(leo.openId());
        }
    }
}
