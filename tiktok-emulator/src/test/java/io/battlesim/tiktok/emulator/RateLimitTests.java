package io.battlesim.tiktok.emulator;

import static io.battlesim.tiktok.emulator.EmulatorHarness.ALL_SCOPES;
import static io.battlesim.tiktok.emulator.EmulatorHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RateLimitTests {

    private final EmulatorHarness harness = EmulatorHarness.start(builder -> builder.rateLimit("/v2/user/info/", 3));

    @AfterEach
    void stop() {
        harness.close();
    }

    private int[] statuses(String token, int requests) {
        return IntStream.range(0, requests)
                .map(i -> harness.userInfo(token, "open_id").statusCode())
                .toArray();
    }

    @Test
    void answers429AfterTheConfiguredLimit() {
        String token = harness.login(ALL_SCOPES).get("access_token").asString();

        assertThat(statuses(token, 3)).containsOnly(200);
        HttpResponse<String> fourth = harness.userInfo(token, "open_id");

        assertThat(fourth.statusCode()).isEqualTo(429);
        assertThat(json(fourth).at("/error/code").asString()).isEqualTo("rate_limit_exceeded");
        assertThat(json(fourth).get("data").isEmpty()).isTrue();
    }

    @Test
    void countsEachAccessTokenSeparately() {
        String first = harness.login(ALL_SCOPES).get("access_token").asString();
        String second = harness.login(ALL_SCOPES).get("access_token").asString();
        statuses(first, 4);

        assertThat(harness.userInfo(second, "open_id").statusCode()).isEqualTo(200);
    }

    @Test
    void slidesTheWindowRatherThanResettingItEachMinute() {
        String token = harness.login(ALL_SCOPES).get("access_token").asString();
        statuses(token, 2);
        harness.clock.advance(Duration.ofSeconds(40));
        statuses(token, 1);
        harness.clock.advance(Duration.ofSeconds(21));

        assertThat(statuses(token, 3)).containsExactly(200, 200, 429);
    }

    @Test
    void keepsTikToksDefaultOf600ForOtherEmulators() {
        try (EmulatorHarness defaults = EmulatorHarness.start()) {
            String token = defaults.login(ALL_SCOPES).get("access_token").asString();

            assertThat(defaults.get("/").body()).contains("/v2/user/info/</code></td><td>600 / min");
            assertThat(defaults.userInfo(token, "open_id").statusCode()).isEqualTo(200);
        }
    }
}
