package io.battlesim.tiktok.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UserSessionTests {

    private static final String TOKEN = "/v2/oauth/token/";
    private static final String USER_INFO = "/v2/user/info/";
    private static final String ROTATED_ACCESS = "act.rotated-access-000000001";
    private static final String ROTATED_REFRESH = "rft.rotated-refresh-00000001";

    private final StubTikTok stub = StubTikTok.start();
    private final TestClock clock = new TestClock();
    private final TikTokClient client =
            Fixtures.clientFor(stub.baseUri(), clock, new RecordingSleeper()).build();
    private final TokenStore store = TokenStore.inMemory();

    @AfterEach
    void stopStub() {
        stub.close();
    }

    private void storeTokensExpiringIn(Duration lifetime) {
        store.save(new TokenSet(
                "open-1",
                Fixtures.ACCESS_TOKEN,
                clock.instant().plus(lifetime),
                Fixtures.REFRESH_TOKEN,
                clock.instant().plus(Duration.ofDays(365)),
                Set.of("user.info.basic"),
                "Bearer"));
    }

    private void answerRefreshWithRotatedTokens() {
        stub.answer(TOKEN, 200, Fixtures.tokenBody("open-1", ROTATED_ACCESS, ROTATED_REFRESH, 86400));
    }

    @Test
    void usesStoredTokensWhileTheyAreFresh() {
        storeTokensExpiringIn(Duration.ofHours(1));

        assertThat(client.session("open-1", store).accessToken()).isEqualTo(Fixtures.ACCESS_TOKEN);
        assertThat(stub.requests(TOKEN)).isEmpty();
    }

    @Test
    void refreshesWithinTheSkewAndSavesTheRotatedRefreshToken() {
        storeTokensExpiringIn(Duration.ofSeconds(59));
        answerRefreshWithRotatedTokens();

        String accessToken = client.session("open-1", store).accessToken();

        assertThat(accessToken).isEqualTo(ROTATED_ACCESS);
        assertThat(stub.requests(TOKEN).get(0).form()).containsEntry("refresh_token", Fixtures.REFRESH_TOKEN);
        assertThat(store.find("open-1"))
                .get()
                .extracting(TokenSet::refreshToken)
                .isEqualTo(ROTATED_REFRESH);
    }

    @Test
    void honoursACustomRefreshSkew() {
        storeTokensExpiringIn(Duration.ofMinutes(4));
        answerRefreshWithRotatedTokens();

        assertThat(client.session("open-1", store, Duration.ofMinutes(5)).accessToken())
                .isEqualTo(ROTATED_ACCESS);
    }

    @Test
    void refreshesOnceWhenTikTokSaysTheAccessTokenIsInvalid() {
        storeTokensExpiringIn(Duration.ofHours(1));
        answerRefreshWithRotatedTokens();
        stub.answer(USER_INFO, 401, Fixtures.v2Error("access_token_invalid", "The access token is invalid."))
                .answer(USER_INFO, 200, Fixtures.userBody("open-1", "Ava"));

        UserInfo user = client.session("open-1", store).userInfo(Set.of(UserField.OPEN_ID));

        assertThat(user.openId()).isEqualTo("open-1");
        assertThat(stub.requests(USER_INFO))
                .extracting(r -> r.header("authorization"))
                .containsExactly("Bearer " + Fixtures.ACCESS_TOKEN, "Bearer " + ROTATED_ACCESS);
        assertThat(store.find("open-1"))
                .get()
                .extracting(TokenSet::refreshToken)
                .isEqualTo(ROTATED_REFRESH);
    }

    @Test
    void givesUpWhenTheRefreshedTokenIsRejectedToo() {
        storeTokensExpiringIn(Duration.ofHours(1));
        answerRefreshWithRotatedTokens();
        stub.answer(USER_INFO, 401, Fixtures.v2Error("access_token_invalid", "The access token is invalid."));

        assertThatExceptionOfType(TikTokApiException.class)
                .isThrownBy(() -> client.session("open-1", store).userInfo(Set.of(UserField.OPEN_ID)))
                .satisfies(e -> assertThat(e.isAccessTokenInvalid()).isTrue());
        assertThat(stub.requests(TOKEN)).hasSize(1);
        assertThat(stub.requests(USER_INFO)).hasSize(2);
    }

    @Test
    void concurrentCallersRefreshOnlyOnce() throws Exception {
        storeTokensExpiringIn(Duration.ofSeconds(10));
        answerRefreshWithRotatedTokens();
        int callers = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();

        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < callers; i++) {
                UserSession session = client.session("open-1", store);
                results.add(pool.submit(() -> {
                    start.await();
                    return session.accessToken();
                }));
            }
            start.countDown();
            for (Future<String> result : results) {
                assertThat(result.get()).isEqualTo(ROTATED_ACCESS);
            }
        }

        assertThat(stub.requests(TOKEN)).hasSize(1);
    }

    @Test
    void failsClearlyWhenNoTokensAreStored() {
        assertThatIllegalStateException()
                .isThrownBy(() -> client.session("nobody", store).accessToken())
                .withMessageContaining("nobody");
    }
}
