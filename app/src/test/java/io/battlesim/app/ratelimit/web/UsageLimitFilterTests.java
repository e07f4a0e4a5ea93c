package io.battlesim.app.ratelimit.web;

import static io.battlesim.app.ratelimit.web.FilterFixture.exchange;
import static io.battlesim.app.ratelimit.web.FilterFixture.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.app.auth.SignedInUser;
import io.battlesim.app.ratelimit.web.FilterFixture.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class UsageLimitFilterTests {

    private final UsageLimitFilter filter =
            new UsageLimitFilter(FilterFixture.limits(true, 3), new Refusals(FilterFixture.JSON));

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void limitsAnonymousBattleCreationPerAddress() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(create("/api/battles", "203.0.113.7").status()).isEqualTo(201);
        }

        Exchange fourth = create("/api/battles", "203.0.113.7");

        assertThat(fourth.status()).isEqualTo(429);
        assertThat(fourth.response().getContentAsString())
                .contains("Too many battles created without signing in from your address.");
        assertThat(create("/api/battles", "203.0.113.8").status()).isEqualTo(201);
    }

    @Test
    void refusesTheBattleFormWithTheErrorPage() throws Exception {
        for (int i = 0; i < 3; i++) {
            create("/battles", "203.0.113.7");
        }

        Exchange fourth = create("/battles", "203.0.113.7");

        assertThat(fourth.status()).isEqualTo(429);
        assertThat(fourth.request().getAttribute(Refusals.DETAIL_ATTRIBUTE)).isNotNull();
    }

    @Test
    void limitsSignedInCreatorsPerUserNotPerAddress() throws Exception {
        for (int i = 0; i < 3; i++) {
            create("/api/battles", "203.0.113.7");
        }
        signIn(42);
        for (int i = 0; i < 3; i++) {
            assertThat(create("/api/battles", "203.0.113.7").status()).isEqualTo(201);
        }

        Exchange fourth = create("/api/battles", "203.0.113.7");
        signIn(43);

        assertThat(fourth.response().getContentAsString()).contains("Too many battles created by your account.");
        assertThat(create("/api/battles", "203.0.113.7").status()).isEqualTo(201);
    }

    @Test
    void limitsApiCallsPerAddress() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(read("/api/battles", "203.0.113.7").status()).isEqualTo(200);
        }

        Exchange fourth = read("/api/battles/b1", "203.0.113.7");

        assertThat(fourth.status()).isEqualTo(429);
        assertThat(fourth.response().getHeader("Retry-After")).isEqualTo("1200");
        assertThat(read("/api/battles", "203.0.113.8").status()).isEqualTo(200);
    }

    @Test
    void tellsTheRequestsLeft() throws Exception {
        assertThat(read("/api/battles", "203.0.113.7").response().getHeader("X-RateLimit-Remaining"))
                .isEqualTo("2");
    }

    @Test
    void leavesIngestSignInAndPagesToOtherLimits() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertThat(post("/api/battles/b1/events").reached()).isTrue();
            assertThat(post("/api/battles/b1/replay").reached()).isTrue();
            assertThat(read("/api/battles/b1/events/ws", "203.0.113.7").reached())
                    .isTrue();
            assertThat(post("/api/auth/mobile/token").reached()).isTrue();
            assertThat(read("/battles/b1", "203.0.113.7").reached()).isTrue();
        }
    }

    @Test
    void countsReadingAReplaysProgressAsAnApiCall() throws Exception {
        for (int i = 0; i < 3; i++) {
            read("/api/battles/b1/replay", "203.0.113.7");
        }

        assertThat(read("/api/battles/b1/replay", "203.0.113.7").status()).isEqualTo(429);
    }

    private Exchange create(String path, String address) throws Exception {
        return exchange(filter, request("POST", path, address), 201);
    }

    private Exchange read(String path, String address) throws Exception {
        return exchange(filter, request("GET", path, address), 200);
    }

    private Exchange post(String path) throws Exception {
        return exchange(filter, request("POST", path, "203.0.113.7"), 200);
    }

    private static void signIn(long userId) {
        var user = new SignedInUser(userId, "open-" + userId, "User " + userId, null, null);
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(user, null, "ROLE_USER"));
    }
}
