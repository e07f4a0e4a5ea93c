package io.battlesim.tiktok.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DisplayTests {

    private static final String USER_INFO = "/v2/user/info/";

    private final StubTikTok stub = StubTikTok.start();
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final TikTokClient client =
            Fixtures.clientFor(stub.baseUri(), new TestClock(), sleeper).build();

    @AfterEach
    void stopStub() {
        stub.close();
    }

    @Test
    void getsTheRequestedFieldsWithABearerToken() {
        stub.answer(USER_INFO, 200, Fixtures.userBody("open-1", "Ava Sparks"));

        client.display()
                .userInfo(
                        Fixtures.ACCESS_TOKEN,
                        EnumSet.of(UserField.DISPLAY_NAME, UserField.OPEN_ID, UserField.FOLLOWER_COUNT));

        StubTikTok.Recorded request = stub.requests(USER_INFO).get(0);
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.header("authorization")).isEqualTo("Bearer " + Fixtures.ACCESS_TOKEN);
        assertThat(request.queryParameters()).containsEntry("fields", "open_id,display_name,follower_count");
    }

    @Test
    void readsTheUserUnderDataUser() {
        stub.answer(USER_INFO, 200, Fixtures.userBody("open-1", "Kai <Games> & \\\"Co\\\""));

        UserInfo user = client.display().userInfo(Fixtures.ACCESS_TOKEN, EnumSet.allOf(UserField.class));

        assertThat(user.openId()).isEqualTo("open-1");
        assertThat(user.displayName()).isEqualTo("Kai <Games> & \"Co\"");
        assertThat(user.isVerified()).isTrue();
        assertThat(user.followerCount()).isEqualTo(1234L);
        assertThat(user.username()).isEqualTo("ava.sparks");
        assertThat(user.bioDescription()).isNull();
        assertThat(user.videoCount()).isNull();
    }

    @Test
    void reportsAScopeErrorWithItsCodeAndLogId() {
        stub.answer(USER_INFO, 400, Fixtures.v2Error("scope_permission_missed", "Missing user.info.stats."));

        assertThatExceptionOfType(TikTokApiException.class)
                .isThrownBy(() -> client.display().userInfo(Fixtures.ACCESS_TOKEN, Set.of(UserField.LIKES_COUNT)))
                .satisfies(e -> {
                    assertThat(e.isScopeError()).isTrue();
                    assertThat(e.httpStatus()).isEqualTo(400);
                    assertThat(e.logId()).isEqualTo("20260301100000V2LOG");
                    assertThat(e.retryable()).isFalse();
                });
        assertThat(stub.requests(USER_INFO)).hasSize(1);
    }

    @Test
    void retriesServerErrorsAndSucceeds() {
        stub.answer(USER_INFO, 503, "<html>unavailable</html>")
                .answer(USER_INFO, 500, Fixtures.v2Error("internal_error", "oops"))
                .answer(USER_INFO, 200, Fixtures.userBody("open-1", "Ava"));

        UserInfo user = client.display().userInfo(Fixtures.ACCESS_TOKEN, Set.of(UserField.OPEN_ID));

        assertThat(user.openId()).isEqualTo("open-1");
        assertThat(stub.requests(USER_INFO)).hasSize(3);
        assertThat(sleeper.pauses()).hasSize(2);
    }

    @Test
    void retriesADroppedConnection() {
        stub.dropConnection(USER_INFO).answer(USER_INFO, 200, Fixtures.userBody("open-1", "Ava"));

        UserInfo user = client.display().userInfo(Fixtures.ACCESS_TOKEN, Set.of(UserField.OPEN_ID));

        assertThat(user.openId()).isEqualTo("open-1");
    }

    @Test
    void givesUpOnPersistent429WithARetryableError() {
        stub.answer(USER_INFO, 429, Fixtures.v2Error("rate_limit_exceeded", "Too many requests."));

        assertThatExceptionOfType(TikTokApiException.class)
                .isThrownBy(() -> client.display().userInfo(Fixtures.ACCESS_TOKEN, Set.of(UserField.OPEN_ID)))
                .satisfies(e -> {
                    assertThat(e.errorCode()).isEqualTo("rate_limit_exceeded");
                    assertThat(e.retryable()).isTrue();
                });
        assertThat(stub.requests(USER_INFO)).hasSize(3);
    }

    @Test
    void doesNotRetryWithRetryPolicyNone() {
        TikTokClient noRetries =
                client.newBuilder().retryPolicy(RetryPolicy.none()).build();
        stub.answer(USER_INFO, 500, Fixtures.v2Error("internal_error", "oops"));

        assertThatExceptionOfType(TikTokApiException.class)
                .isThrownBy(() -> noRetries.display().userInfo(Fixtures.ACCESS_TOKEN, Set.of(UserField.OPEN_ID)));
        assertThat(stub.requests(USER_INFO)).hasSize(1);
    }

    @Test
    void neverPutsTheTokenIntoErrorMessages() {
        stub.answer(
                USER_INFO,
                401,
                Fixtures.v2Error("access_token_invalid", "Token " + Fixtures.ACCESS_TOKEN + " is invalid."));

        assertThatExceptionOfType(TikTokApiException.class)
                .isThrownBy(() -> client.display().userInfo(Fixtures.ACCESS_TOKEN, Set.of(UserField.OPEN_ID)))
                .satisfies(e -> {
                    assertThat(e.isAccessTokenInvalid()).isTrue();
                    assertThat(e.getMessage()).doesNotContain(Fixtures.ACCESS_TOKEN);
                    assertThat(e.errorMessage()).doesNotContain(Fixtures.ACCESS_TOKEN);
                });
    }

    @Test
    void requiresAtLeastOneField() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> client.display().userInfo(Fixtures.ACCESS_TOKEN, Set.of()));
    }

    @Test
    void mapsGrantedScopesToTheFieldsTheyAllow() {
        assertThat(UserField.allowedBy(Set.of("user.info.basic")))
                .contains(UserField.OPEN_ID, UserField.DISPLAY_NAME, UserField.AVATAR_URL_100)
                .doesNotContain(UserField.USERNAME, UserField.FOLLOWER_COUNT);
        assertThat(UserField.allowedBy(Set.of("user.info.stats"))).hasSize(4);
    }
}
