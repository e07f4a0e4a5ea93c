package io.battlesim.tiktok.emulator;

import static io.battlesim.tiktok.emulator.EmulatorHarness.ALL_SCOPES;
import static io.battlesim.tiktok.emulator.EmulatorHarness.DESKTOP;
import static io.battlesim.tiktok.emulator.EmulatorHarness.WEB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code approve} and {@code deny} without HTTP, on an emulator that is not even served. */
class ProgrammaticConsentTests {

    private final TikTokEmulator emulator = TikTokEmulator.builder().livePace(0).build();

    ProgrammaticConsentTests() {
        emulator.apps().register(WEB);
        emulator.apps().register(DESKTOP);
    }

    private static URI authorize(String query) {
        return URI.create("https://www.tiktok.com/v2/auth/authorize/?" + query);
    }

    private static URI webAuthorize(String scope, String state) {
        return authorize("client_key=sbawtestweb&response_type=code&scope=" + scope + "&state=" + state
                + "&redirect_uri=https%3A%2F%2Fapp.example.com%2Fauth%2Fcallback%2F");
    }

    @Test
    void approveRedirectsWithCodeScopesAndDecodedState() {
        URI callback = emulator.approve(webAuthorize("user.info.basic%2Cvideo.list", "a%20b%26c"), "zoe.paints");

        assertThat(callback.toString()).startsWith("https://app.example.com/auth/callback/?code=");
        assertThat(EmulatorHarness.query(callback))
                .containsEntry("scopes", "user.info.basic,video.list")
                .containsEntry("state", "a b&c")
                .containsKey("code");
    }

    @Test
    void approveGrantsTheChosenSubsetAndAlwaysBasic() {
        URI callback = emulator.approve(webAuthorize(ALL_SCOPES, "s"), "zoe.paints", Set.of("video.list"));

        assertThat(EmulatorHarness.query(callback)).containsEntry("scopes", "user.info.basic,video.list");
    }

    @Test
    void approveRefusesScopesThatWereNotRequested() {
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        emulator.approve(webAuthorize("user.info.basic", "s"), "zoe.paints", Set.of("video.list")))
                .withMessageContaining("video.list");
    }

    @Test
    void approveThrowsWhereTikTokShowsItsErrorPage() {
        URI mismatch = authorize("client_key=sbawtestweb&response_type=code&scope=user.info.basic&state=s"
                + "&redirect_uri=https%3A%2F%2Fapp.example.com%2Fauth%2Fcallback");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> emulator.approve(mismatch, "ava.sparks"))
                .withMessageContaining("redirect_uri")
                .withMessageContaining("https://app.example.com/auth/callback");
    }

    @Test
    void approveThrowsWithoutTheChallengeARequiringAppNeeds() {
        URI noPkce = authorize("client_key=sbawtestdesk&response_type=code&scope=user.info.basic&state=s"
                + "&redirect_uri=http%3A%2F%2F127.0.0.1%3A5000%2Fcallback");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> emulator.approve(noPkce, "ava.sparks"))
                .withMessageContaining("code_challenge");
    }

    @Test
    void approveThrowsForAnUnknownUser() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> emulator.approve(webAuthorize("user.info.basic", "s"), "nobody"))
                .withMessageContaining("nobody");
    }

    @Test
    void approveThrowsForTheLegacyAuthorizePath() {
        URI legacy = URI.create(webAuthorize("user.info.basic", "s").toString().replace("/v2/auth/", "/auth/"));

        assertThatIllegalArgumentException().isThrownBy(() -> emulator.approve(legacy, "ava.sparks"));
    }

    @Test
    void approveReturnsTheErrorRedirectForAnInvalidScope() {
        URI callback = emulator.approve(webAuthorize("user.info.basic%2Clive.room.info", "s"), "ava.sparks");

        assertThat(EmulatorHarness.query(callback))
                .containsEntry("error", "invalid_scope")
                .doesNotContainKey("code");
    }

    @Test
    void denyRedirectsWithAccessDeniedAndTheState() {
        Map<String, String> callback = EmulatorHarness.query(emulator.deny(webAuthorize("user.info.basic", "s9")));

        assertThat(callback).containsEntry("error", "access_denied").containsEntry("state", "s9");
    }
}
