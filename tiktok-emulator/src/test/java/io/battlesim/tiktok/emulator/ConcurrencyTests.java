package io.battlesim.tiktok.emulator;

import static io.battlesim.tiktok.emulator.EmulatorHarness.WEB;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Many requests at once on one emulator, the way virtual threads hit it under {@link EmulatorServer}. */
class ConcurrencyTests {

    private static final int REQUESTS = 32;

    private final TikTokEmulator emulator = TikTokEmulator.builder().livePace(0).build();

    ConcurrencyTests() {
        emulator.apps().register(WEB);
    }

    private EmulatorResponse tokenRequest(Map<String, String> form) {
        byte[] body = EmulatorHarness.encode(form).getBytes(StandardCharsets.UTF_8);
        return emulator.handle(new EmulatorRequest(
                "POST",
                "/v2/oauth/token/",
                Map.of(),
                Map.of("content-type", List.of("application/x-www-form-urlencoded")),
                new ByteArrayInputStream(body)));
    }

    private List<Integer> concurrently(Callable<Integer> call) throws Exception {
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Integer>> futures = IntStream.range(0, REQUESTS)
                    .mapToObj(i -> threads.submit(call))
                    .toList();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (Future<Integer> future : futures) {
                statuses.add(future.get());
            }
            return statuses;
        }
    }

    @Test
    void redeemsAnAuthorizationCodeExactlyOnce() throws Exception {
        URI authorize = URI.create("http://127.0.0.1/v2/auth/authorize/?client_key=sbawtestweb&response_type=code"
                + "&scope=user.info.basic&state=s&redirect_uri=https%3A%2F%2Fapp.example.com%2Fauth%2Fcallback%2F");
        String code =
                EmulatorHarness.query(emulator.approve(authorize, "ava.sparks")).get("code");
        Map<String, String> form = EmulatorHarness.clientForm(WEB);
        form.putAll(EmulatorHarness.form(
                "grant_type",
                "authorization_code",
                "code",
                code,
                "redirect_uri",
                WEB.redirectUris().get(0)));

        List<Integer> statuses = concurrently(() -> tokenRequest(form).status());

        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 400).hasSize(REQUESTS - 1);
    }

    @Test
    void rotatesARefreshTokenExactlyOnce() throws Exception {
        URI authorize = URI.create("http://127.0.0.1/v2/auth/authorize/?client_key=sbawtestweb&response_type=code"
                + "&scope=user.info.basic&state=s&redirect_uri=https%3A%2F%2Fapp.example.com%2Fauth%2Fcallback%2F");
        Map<String, String> exchange = EmulatorHarness.clientForm(WEB);
        exchange.putAll(EmulatorHarness.form(
                "grant_type",
                "authorization_code",
                "code",
                EmulatorHarness.query(emulator.approve(authorize, "ava.sparks")).get("code"),
                "redirect_uri",
                WEB.redirectUris().get(0)));
        String refreshToken = EmulatorHarness.json(tokenRequest(exchange))
                .get("refresh_token")
                .asString();
        Map<String, String> refresh = EmulatorHarness.clientForm(WEB);
        refresh.putAll(EmulatorHarness.form("grant_type", "refresh_token", "refresh_token", refreshToken));

        List<Integer> statuses = concurrently(() -> tokenRequest(refresh).status());

        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
    }
}
