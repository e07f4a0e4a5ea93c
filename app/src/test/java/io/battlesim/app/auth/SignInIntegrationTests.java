package io.battlesim.app.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.app.auth.account.AppUser;
import io.battlesim.app.auth.account.UserRepository;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Sign in with TikTok over HTTP against the built-in emulator, from the Connect button to the home page. */
@ExtendWith(OutputCaptureExtension.class)
class SignInIntegrationTests extends AuthIntegrationTestSupport {

    @Autowired
    UserRepository users;

    @Autowired
    SecuritySettings security;

    @Test
    void redirectsToTikTokWithStateAndHexPkce() {
        HttpResponse<String> start = newBrowser().get("/auth/tiktok");

        URI authorize = TestBrowser.location(start);
        assertThat(queryParam(authorize, "client_key")).isEqualTo("sbawbattlesimlocal");
        assertThat(queryParam(authorize, "redirect_uri")).isEqualTo(BASE + "auth/tiktok/callback");
        assertThat(queryParam(authorize, "state")).matches("[A-Za-z0-9_-]{43}");
        assertThat(queryParam(authorize, "code_challenge")).matches("[0-9a-f]{64}");
        assertThat(queryParam(authorize, "code_challenge_method")).isEqualTo("S256");
    }

    @Test
    void movesASignInStartedOn127001ToTheCallbacksHostSoItCompletes() { // GH-10
        var browser = new TestBrowser(URI.create("http://127.0.0.1:" + PORT + "/"));

        HttpResponse<String> start = browser.get("/auth/tiktok");
        URI moved = TestBrowser.location(start);
        HttpResponse<String> toTikTok = browser.get(moved.toString());
        URI authorize = TestBrowser.location(toTikTok);
        HttpResponse<String> callback =
                browser.get(emulator.approve(authorize, "ava.sparks").toString());

        assertThat(moved.toString()).isEqualTo(BASE + "auth/tiktok?moved=1");
        assertThat(TestBrowser.location(callback).getPath())
                .as("the callback found the sign-in's state in the session")
                .isEqualTo("/auth/consent");
    }

    @Test
    void servesTikToksConsentPageFromTheEmulator() {
        var browser = newBrowser();
        URI authorize = TestBrowser.location(browser.get("/auth/tiktok"));

        HttpResponse<String> page = browser.get(authorize.toString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("TikTok Battle Simulator (local)");
    }

    @Nested
    class FirstSignIn {

        @Test
        void asksForConsentAndStoresNothingBeforeIt() {
            var browser = newBrowser();

            HttpResponse<String> callback = approveOnTikTok(browser, "ava.sparks");

            assertThat(callback.statusCode()).isEqualTo(302);
            assertThat(TestBrowser.location(callback).getPath()).isEqualTo("/auth/consent");
            HttpResponse<String> consent = browser.get("/auth/consent");
            assertThat(consent.statusCode()).isEqualTo(200);
            assertThat(consent.body())
                    .contains("Ava Sparks")
                    .contains("13 years old or older")
                    .contains("href=\"/privacy\"")
                    .contains("name=\"_csrf\"");
            assertThat(userCount()).isZero();
            assertThat(tokenRowCount()).isZero();
        }

        @Test
        void signsInAfterConsentAndShowsTheUserOnTheHomePage() {
            var browser = newBrowser();
            Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);

            HttpResponse<String> home = signUp(browser, "ava.sparks");

            assertThat(home.uri().getPath()).isEqualTo("/");
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body())
                    .contains("data-testid=\"display-name\">Ava Sparks<")
                    .contains("data-testid=\"avatar\"")
                    .doesNotContain("data-testid=\"connect-tiktok\"");
            AppUser user = users.findByOpenId(openIdOf("ava.sparks")).orElseThrow();
            assertThat(user.displayName()).isEqualTo("Ava Sparks");
            assertThat(user.username()).isEqualTo("ava.sparks");
            assertThat(user.avatarUrl()).startsWith(BASE + "emulator/avatars/");
            assertThat(user.ageConfirmedAt()).isAfterOrEqualTo(before);
            assertThat(user.consentAt()).isAfterOrEqualTo(before);
            assertThat(user.consentVersion())
                    .isEqualTo(security.consentVersion())
                    .isEqualTo("2026-12-04");
            assertThat(tokenRowCount()).isOne();
        }

        @Test
        void showsTheFormAgainWhenABoxIsNotTicked() {
            var browser = newBrowser();
            approveOnTikTok(browser, "leo.beats");
            HttpResponse<String> consent = browser.get("/auth/consent");

            HttpResponse<String> answer = browser.postForm(
                    "/auth/consent", TestBrowser.formWithCsrf(consent, "ageConfirmed", "true", "decision", "accept"));

            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(answer.body())
                    .contains("confirm that you are 13 or older")
                    .contains("Leo")
                    .contains("name=\"ageConfirmed\" value=\"true\" data-testid=\"consent-age\" checked");
            assertThat(userCount()).isZero();
        }

        @Test
        void storesNothingAndRevokesTheTokenWhenTheUserCancels() {
            var browser = newBrowser();
            approveOnTikTok(browser, "mia.moves");
            String token = newestAccessTokenOnTheEmulator(openIdOf("mia.moves"));
            HttpResponse<String> consent = browser.get("/auth/consent");

            HttpResponse<String> answer =
                    browser.postForm("/auth/consent", TestBrowser.formWithCsrf(consent, "decision", "cancel"));

            assertThat(answer.statusCode()).isEqualTo(302);
            assertThat(TestBrowser.location(answer).getPath()).isEqualTo("/");
            assertThat(userCount()).isZero();
            assertThat(tokenRowCount()).isZero();
            assertThat(emulatorStateOf(token)).contains("revoked");
            assertThat(browser.get("/auth/consent").statusCode()).isEqualTo(400);
        }

        @Test
        void revokesTheTokenWhenTheSessionEndsBeforeADecision() {
            var browser = newBrowser();
            approveOnTikTok(browser, "omar.cooks");
            String token = newestAccessTokenOnTheEmulator(openIdOf("omar.cooks"));
            assertThat(emulatorStateOf(token)).contains("active");
            HttpResponse<String> consent = browser.get("/auth/consent");

            browser.postForm("/logout", TestBrowser.formWithCsrf(consent));

            assertThat(emulatorStateOf(token)).contains("revoked");
            assertThat(userCount()).isZero();
        }

        @Test
        void escapesDisplayNamesWithHtmlInThem() {
            var browser = newBrowser();
            approveOnTikTok(browser, "kai.games");

            HttpResponse<String> consent = browser.get("/auth/consent");

            String raw = emulator.account("kai.games").orElseThrow().displayName();
            assertThat(raw).contains("<");
            assertThat(consent.body()).doesNotContain(raw).contains("&lt;");
        }
    }

    @Nested
    class ReturningUser {

        @Test
        void skipsTheConsentPageAndGetsANewSessionId() {
            var browser = newBrowser();
            signUp(browser, "noah.laughs");
            HttpResponse<String> home = browser.get("/");
            browser.postForm("/logout", TestBrowser.formWithCsrf(home));
            String sessionBefore = browser.cookie("JSESSIONID").orElse("");
            assertThat(browser.get("/").body()).contains("data-testid=\"connect-tiktok\"");

            HttpResponse<String> callback = approveOnTikTok(browser, "noah.laughs");

            assertThat(TestBrowser.location(callback).getPath()).isEqualTo("/");
            assertThat(browser.cookie("JSESSIONID")).isPresent().get().isNotEqualTo(sessionBefore);
            assertThat(browser.get("/").body()).contains("Noah");
            assertThat(userCount()).isOne();
        }

        @Test
        void isAskedAgainAfterThePrivacyNoticeChanged() {
            var browser = newBrowser();
            signUp(browser, "omar.cooks");
            browser.postForm("/logout", TestBrowser.formWithCsrf(browser.get("/")));
            jdbc.sql("UPDATE app_user SET consent_version = 'older', consent_at = TIMESTAMP '2020-01-01 00:00:00'")
                    .update();

            HttpResponse<String> callback = approveOnTikTok(browser, "omar.cooks");

            assertThat(TestBrowser.location(callback).getPath()).isEqualTo("/auth/consent");
            HttpResponse<String> consent = browser.get("/auth/consent");
            assertThat(consent.body()).contains("Our privacy notice has changed");
            browser.postForm(
                    "/auth/consent",
                    TestBrowser.formWithCsrf(
                            consent, "ageConfirmed", "true", "consentAccepted", "true", "decision", "accept"));
            AppUser user = users.findByOpenId(openIdOf("omar.cooks")).orElseThrow();
            assertThat(user.consentVersion()).isEqualTo(security.consentVersion());
            assertThat(user.consentAt()).isAfter(Instant.parse("2020-01-02T00:00:00Z"));
            assertThat(userCount()).isOne();
            assertThat(browser.get("/").body()).contains("data-testid=\"display-name\"");
        }
    }

    @Nested
    class FailedSignIn {

        @Test
        void showsAFriendlyPageWhenTheUserDeniesOnTikTok() {
            var browser = newBrowser();
            URI authorize = TestBrowser.location(browser.get("/auth/tiktok"));

            HttpResponse<String> page = browser.get(emulator.deny(authorize).toString());

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body())
                    .contains("You cancelled signing in with TikTok")
                    .contains("<main");
            assertThat(userCount()).isZero();
        }

        @Test
        void refusesATamperedState() {
            var browser = newBrowser();
            URI authorize = TestBrowser.location(browser.get("/auth/tiktok"));
            URI callback = emulator.approve(authorize, "zoe.paints");
            String state = queryParam(callback, "state");
            String tampered = callback.toString().replace("state=" + state, "state=" + flipLastChar(state));

            HttpResponse<String> page = browser.get(tampered);

            assertThat(page.statusCode()).isEqualTo(400);
            assertThat(page.body()).contains("expired or was already used");
            assertThat(userCount()).isZero();
        }

        @Test
        void refusesAReplayedState() {
            var browser = newBrowser();
            URI authorize = TestBrowser.location(browser.get("/auth/tiktok"));
            URI callback = emulator.approve(authorize, "zoe.paints");
            assertThat(TestBrowser.location(browser.get(callback.toString())).getPath())
                    .isEqualTo("/auth/consent");

            HttpResponse<String> replay = browser.get(callback.toString());

            assertThat(replay.statusCode()).isEqualTo(400);
            assertThat(replay.body()).contains("expired or was already used");
        }

        @Test
        void refusesACallbackFromAnotherBrowser() {
            URI authorize = TestBrowser.location(newBrowser().get("/auth/tiktok"));
            URI callback = emulator.approve(authorize, "luna.sings");

            HttpResponse<String> page = newBrowser().get(callback.toString());

            assertThat(page.statusCode()).isEqualTo(400);
            assertThat(page.body()).contains("expired or was already used");
        }

        @Test
        void showsAFriendlyPageForOtherTikTokErrors() {
            var browser = newBrowser();
            browser.get("/auth/tiktok");

            HttpResponse<String> page = browser.get("/auth/tiktok/callback?error=server_error&state=x");

            assertThat(page.statusCode()).isEqualTo(400);
            assertThat(page.body()).contains("TikTok did not complete the sign-in (server_error)");
        }

        @Test
        void neverEchoesArbitraryErrorText() {
            HttpResponse<String> page =
                    newBrowser().get("/auth/tiktok/callback?error=%3Cscript%3Ealert(1)%3C/script%3E");

            assertThat(page.statusCode()).isEqualTo(400);
            assertThat(page.body()).doesNotContain("<script>alert(1)").contains("unexpected error");
        }

        @Test
        void cannotForgeALogLineThroughTheErrorParameter(CapturedOutput output) { // GH-10
            newBrowser().get("/auth/tiktok/callback?error=x%0d%0a2026-12-04T00:00:00Z%20INFO%20forged-by-visitor");

            assertThat(output.getOut()).contains("error=x\\r\\n2026-12-04T00:00:00Z INFO forged-by-visitor");
            assertThat(output.getOut().lines()).noneMatch(line -> line.startsWith("2026-12-04T00:00:00Z"));
        }

        @Test
        void showsAFriendlyPageWhenTheConsentPageIsOpenedWithoutASignIn() {
            HttpResponse<String> page = newBrowser().get("/auth/consent");

            assertThat(page.statusCode()).isEqualTo(400);
            assertThat(page.body()).contains("Connect TikTok again");
        }

        private static String flipLastChar(String value) {
            char last = value.charAt(value.length() - 1);
            return value.substring(0, value.length() - 1) + (last == 'A' ? 'B' : 'A');
        }
    }

    /**
     * The emulator status page's row of the newest user access token issued to {@code openId} (the page lists
     * tokens newest first, masked), to look the same token up again later.
     */
    String newestAccessTokenOnTheEmulator(String openId) {
        return emulatorTokenRows().stream()
                .filter(row -> row.contains(openId) && row.contains("USER_ACCESS"))
                .findFirst()
                .map(row -> row.substring(0, row.indexOf("</code>")))
                .orElseThrow(() -> new AssertionError("the emulator lists no access token of " + openId));
    }

    /** The state the emulator's status page shows for a token found with {@link #newestAccessTokenOnTheEmulator}. */
    String emulatorStateOf(String maskedToken) {
        return emulatorTokenRows().stream()
                .filter(row -> row.startsWith(maskedToken + "</code>"))
                .findFirst()
                .map(row -> row.replaceAll("<[^>]+>", " "))
                .orElseThrow(() -> new AssertionError("the emulator no longer lists " + maskedToken));
    }

    private List<String> emulatorTokenRows() {
        String page = newBrowser().get("/emulator/").body();
        return Arrays.stream(page.split("<tr><td><code>")).skip(1).toList();
    }
}
