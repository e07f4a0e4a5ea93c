package io.battlesim.app.ratelimit.web;

import static io.battlesim.app.ratelimit.web.FilterFixture.exchange;
import static io.battlesim.app.ratelimit.web.FilterFixture.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.app.ratelimit.RateLimits;
import io.battlesim.app.ratelimit.web.FilterFixture.Exchange;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AddressLimitFilterTests {

    private final RateLimits limits = FilterFixture.limits(true, 3);
    private final AddressLimitFilter filter = new AddressLimitFilter(limits, new Refusals(FilterFixture.JSON));

    @Test
    void refusesSignInPastTheBurstWithAProblemDetailOnTheApi() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(signIn("/api/auth/url", "203.0.113.7").reached()).isTrue();
        }

        Exchange fourth = signIn("/api/auth/url", "203.0.113.7");

        assertThat(fourth.reached()).isFalse();
        assertThat(fourth.status()).isEqualTo(429);
        assertThat(fourth.response().getHeader("Retry-After")).isEqualTo("1200");
        assertThat(fourth.response().getContentType()).isEqualTo("application/problem+json");
        JsonNode problem = FilterFixture.JSON.readTree(fourth.response().getContentAsString());
        assertThat(problem.path("title").asString()).isEqualTo("Too many requests");
        assertThat(problem.path("status").asInt()).isEqualTo(429);
        assertThat(problem.path("detail").asString())
                .isEqualTo("Too many sign-in requests from your address. Try again in 1200 seconds.");
        assertThat(problem.path("retryAfterSeconds").asLong()).isEqualTo(1200);
        assertThat(problem.path("instance").asString()).isEqualTo("/api/auth/url");
    }

    @Test
    void refusesABrowserSigningInWithTheErrorPage() throws Exception {
        for (int i = 0; i < 3; i++) {
            signIn("/auth/tiktok", "203.0.113.7");
        }

        Exchange fourth = signIn("/auth/tiktok", "203.0.113.7");

        assertThat(fourth.reached()).isFalse();
        assertThat(fourth.status()).isEqualTo(429);
        assertThat(fourth.response().isCommitted()).isTrue();
        assertThat(fourth.response().getHeader("Retry-After")).isEqualTo("1200");
        assertThat(fourth.request().getAttribute(Refusals.DETAIL_ATTRIBUTE))
                .isEqualTo("Too many sign-in requests from your address. Try again in 1200 seconds.");
    }

    @Test
    void keepsTheBucketsOfDifferentAddressesApart() throws Exception {
        for (int i = 0; i < 3; i++) {
            signIn("/auth/tiktok/callback", "203.0.113.7");
        }

        assertThat(signIn("/auth/tiktok/callback", "203.0.113.8").reached()).isTrue();
        assertThat(signIn("/auth/tiktok/callback", "2001:db8::1").reached()).isTrue();
        assertThat(signIn("/auth/tiktok/callback", "203.0.113.7").reached()).isFalse();
    }

    @Test
    void limitsTheConsentFormButNotItsPage() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(exchange(filter, request("GET", "/auth/consent", "203.0.113.7"), 200)
                            .reached())
                    .isTrue();
        }
        for (int i = 0; i < 3; i++) {
            exchange(filter, request("POST", "/auth/consent", "203.0.113.7"), 302);
        }

        assertThat(exchange(filter, request("POST", "/auth/consent", "203.0.113.7"), 302)
                        .status())
                .isEqualTo(429);
    }

    @Test
    void cutsOffAnAddressOnceItsFailedAuthenticationsAreSpentEvenWithTheRightKey() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(ingest("203.0.113.7", 401).status()).isEqualTo(401);
        }

        Exchange rightKey = ingest("203.0.113.7", 200);

        assertThat(rightKey.reached()).isFalse();
        assertThat(rightKey.status()).isEqualTo(429);
        assertThat(rightKey.response().getContentAsString()).contains("failed authentication attempts");
        assertThat(ingest("203.0.113.8", 200).status()).isEqualTo(200);
    }

    @Test
    void countsOnlyFailedAuthentications() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertThat(ingest("203.0.113.7", 200).status()).isEqualTo(200);
            assertThat(ingest("203.0.113.7", 404).status()).isEqualTo(404);
            assertThat(exchange(filter, request("POST", "/webhooks/tiktok", "203.0.113.7"), 200)
                            .status())
                    .isEqualTo(200);
        }
    }

    @Test
    void countsUnsignedWebhooksAsFailures() throws Exception {
        for (int i = 0; i < 3; i++) {
            exchange(filter, request("POST", "/webhooks/tiktok", "203.0.113.7"), 401);
        }

        Exchange fourth = exchange(filter, request("POST", "/webhooks/tiktok", "203.0.113.7"), 200);

        assertThat(fourth.status()).isEqualTo(429);
        assertThat(fourth.response().getContentType()).isEqualTo("application/problem+json");
    }

    @Test
    void letsEverythingThroughWhenSwitchedOff() throws Exception {
        var off = new AddressLimitFilter(FilterFixture.limits(false, 1), new Refusals(FilterFixture.JSON));

        for (int i = 0; i < 10; i++) {
            assertThat(exchange(off, request("GET", "/auth/tiktok", "203.0.113.7"), 302)
                            .reached())
                    .isTrue();
            assertThat(exchange(off, request("POST", "/api/battles/b1/events", "203.0.113.7"), 401)
                            .reached())
                    .isTrue();
        }
    }

    private Exchange signIn(String path, String address) throws Exception {
        return exchange(filter, request("GET", path, address), 302);
    }

    private Exchange ingest(String address, int answer) throws Exception {
        return exchange(filter, request("POST", "/api/battles/b1/events", address), answer);
    }
}
