package io.battlesim.app.auth.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.app.auth.SecuritySettings;
import io.battlesim.app.auth.TestClock;
import io.battlesim.app.tiktok.TikTokSettings;
import io.battlesim.tiktok.client.Pkce;
import io.battlesim.tiktok.client.PkceEncoding;
import io.battlesim.tiktok.client.TikTokClient;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.web.util.UriComponentsBuilder;

class AuthorizationAttemptsTests {

    private static final String REDIRECT = "http://localhost:5000/auth/tiktok/callback";

    private final TestClock clock = TestClock.at("2026-06-01T10:00:00Z");
    private final MockHttpSession session = new MockHttpSession();
    private final AuthorizationAttempts attempts = new AuthorizationAttempts(
            TikTokClient.builder()
                    .clientKey("awkey")
                    .clientSecret("secret")
                    .authorizeBaseUri(URI.create("https://tiktok.example"))
                    .apiBaseUri(URI.create("https://api.tiktok.example"))
                    .build(),
            new TikTokSettings(
                    "awkey",
                    "secret",
                    REDIRECT,
                    URI.create("https://tiktok.example"),
                    URI.create("https://api.tiktok.example"),
                    List.of("user.info.basic", "user.info.profile"),
                    PkceEncoding.HEX),
            new SecuritySettings(null, "v1", Duration.ofMinutes(10), Duration.ofDays(30), Duration.ofMinutes(10)),
            clock.provider());

    @Test
    void sendsTheStateAndTheHexChallengeOfTheVerifierItKeeps() {
        StartedAuthorization started = attempts.start(session);

        URI url = started.authorizationUrl();
        assertThat(url.toString()).startsWith("https://tiktok.example/v2/auth/authorize/?");
        assertThat(param(url, "state")).isEqualTo(started.state());
        assertThat(param(url, "redirect_uri")).isEqualTo(REDIRECT);
        assertThat(param(url, "scope")).isEqualTo("user.info.basic,user.info.profile");
        AuthorizationAttempt attempt =
                attempts.consume(session, started.state()).orElseThrow();
        assertThat(param(url, "code_challenge"))
                .isEqualTo(Pkce.of(attempt.codeVerifier(), PkceEncoding.HEX).challenge());
    }

    @Test
    void makesA256BitStateEveryTime() {
        String first = attempts.start(session).state();
        String second = attempts.start(session).state();

        assertThat(first).matches("[A-Za-z0-9_-]{43}");
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void acceptsAStateOnlyOnce() {
        String state = attempts.start(session).state();

        assertThat(attempts.consume(session, state)).isPresent();
        assertThat(attempts.consume(session, state)).isEmpty();
    }

    @Test
    void refusesUnknownMissingAndForeignStates() {
        String state = attempts.start(session).state();

        assertThat(attempts.consume(session, state + "x")).isEmpty();
        assertThat(attempts.consume(session, null)).isEmpty();
        assertThat(attempts.consume(session, "")).isEmpty();
        assertThat(attempts.consume(null, state)).isEmpty();
        assertThat(attempts.consume(new MockHttpSession(), state)).isEmpty();
        assertThat(attempts.consume(session, state)).isPresent();
    }

    @Test
    void refusesAStateAfterTheSignInTimeout() {
        String state = attempts.start(session).state();

        clock.advance(Duration.ofMinutes(10));

        assertThat(attempts.consume(session, state)).isEmpty();
    }

    @Test
    void keepsSignInsFromSeveralTabsButOnlyTheLatestFive() {
        List<String> states = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            states.add(attempts.start(session).state());
        }

        assertThat(attempts.consume(session, states.getFirst())).isEmpty();
        for (String state : states.subList(1, 6)) {
            assertThat(attempts.consume(session, state)).isPresent();
        }
    }

    @Test
    void masksTheStateInToString() {
        String state = attempts.start(session).state();

        assertThat(attempts.consume(session, state).orElseThrow().toString()).doesNotContain(state);
    }

    private static String param(URI uri, String name) {
        return URLDecoder.decode(
                UriComponentsBuilder.fromUri(uri).build().getQueryParams().getFirst(name), StandardCharsets.UTF_8);
    }
}
