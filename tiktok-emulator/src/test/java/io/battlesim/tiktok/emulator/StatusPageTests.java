package io.battlesim.tiktok.emulator;

import static io.battlesim.tiktok.emulator.EmulatorHarness.ALL_SCOPES;
import static io.battlesim.tiktok.emulator.EmulatorHarness.DESKTOP;
import static io.battlesim.tiktok.emulator.EmulatorHarness.RFC;
import static io.battlesim.tiktok.emulator.EmulatorHarness.WEB;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class StatusPageTests {

    private final EmulatorHarness harness = EmulatorHarness.start();

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void listsTheAppsWithoutTheirSecrets() {
        String page = harness.get("/").body();

        assertThat(page)
                .contains(
                        "Battle &lt;Sim&gt; &amp; &quot;Friends&quot;",
                        "sbawtestweb",
                        "https://app.example.com/auth/callback/")
                .contains("user.info.stats", "LENIENT (optional)", "HEX (required)")
                .doesNotContain(WEB.clientSecret(), DESKTOP.clientSecret(), RFC.clientSecret())
                .doesNotContain("Battle <Sim>");
    }

    @Test
    void listsTheSandboxAccountsEscaped() {
        String page = harness.get("/").body();

        assertThat(page)
                .contains("Kai &lt;Games&gt; &amp; &quot;Co&quot;", "@ava.sparks", "/avatars/luna.sings.svg")
                .contains(harness.emulator.account("mia.moves").orElseThrow().openId())
                .doesNotContain("<Games>", "<live>");
    }

    @Test
    void showsIssuedTokensOnlyMasked() {
        JsonNode tokens = harness.login(ALL_SCOPES);
        String access = tokens.get("access_token").asString();
        String refresh = tokens.get("refresh_token").asString();

        String page = harness.get("/").body();

        assertThat(page)
                .doesNotContain(access, refresh)
                .doesNotContain(access.substring(0, 12))
                .contains(access.substring(0, 8) + "…", refresh.substring(0, 8) + "…", "USER_ACCESS", "REFRESH");
    }

    @Test
    void marksExpiredTokens() {
        harness.login(ALL_SCOPES);
        harness.clock.advance(Duration.ofDays(2));

        assertThat(harness.get("/").body())
                .containsPattern("USER_ACCESS</td>((?!</tr>).)*>expired<")
                .containsPattern("REFRESH</td>((?!</tr>).)*>active<");
    }

    @Test
    void marksRevokedTokens() {
        java.util.Map<String, String> form = EmulatorHarness.clientForm(WEB);
        form.put("token", harness.login(ALL_SCOPES).get("access_token").asString());
        harness.postForm("/v2/oauth/revoke/", form);

        assertThat(harness.get("/").body()).contains(">revoked<").doesNotContain(">active<");
    }

    @Test
    void showsTheFaultSettings() {
        harness.emulator.faults(new FaultSettings(Duration.ofMillis(120), 0.25, 0, 0));

        assertThat(harness.get("/").body()).contains("latency 120 ms", "server errors 25.0%");
    }
}
