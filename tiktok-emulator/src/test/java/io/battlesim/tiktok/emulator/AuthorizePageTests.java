package io.battlesim.tiktok.emulator;

import static io.battlesim.tiktok.emulator.EmulatorHarness.ALL_SCOPES;
import static io.battlesim.tiktok.emulator.EmulatorHarness.DESKTOP;
import static io.battlesim.tiktok.emulator.EmulatorHarness.RFC;
import static io.battlesim.tiktok.emulator.EmulatorHarness.WEB;
import static io.battlesim.tiktok.emulator.EmulatorHarness.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AuthorizePageTests {

    private static final Pattern PENDING_ID = Pattern.compile("name=\"pending_id\" value=\"([^\"]+)\"");

    private final EmulatorHarness harness = EmulatorHarness.start();

    @AfterEach
    void stop() {
        harness.close();
    }

    private HttpResponse<String> open(String pathAndQuery) {
        return harness.get(pathAndQuery);
    }

    private HttpResponse<String> open(URI authorizeUrl) {
        return harness.get(authorizeUrl
                .toString()
                .substring(harness.server.baseUrl().toString().length()));
    }

    private static String pendingId(HttpResponse<String> page) {
        Matcher matcher = PENDING_ID.matcher(page.body());
        assertThat(matcher.find()).as("pending_id in the consent page").isTrue();
        return matcher.group(1);
    }

    @Nested
    class ConsentScreen {

        @Test
        void rendersTheAppNameEscaped() {
            HttpResponse<String> page = open(harness.authorizeUrl(WEB, ALL_SCOPES, "st", null));

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("content-type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(page.body())
                    .contains("Battle &lt;Sim&gt; &amp; &quot;Friends&quot; wants to access your TikTok account")
                    .doesNotContain("Battle <Sim>");
        }

        @Test
        void listsEveryRequestedScopeWithItsMeaningAndOnlyBasicIsMandatory() {
            String body = open(harness.authorizeUrl(WEB, "user.info.basic,user.info.stats,video.list", "st", null))
                    .body();

            assertThat(body)
                    .contains("Access your profile info", "Read your stats", "Read your public videos")
                    .contains("<input type=\"checkbox\" checked disabled>")
                    .contains("name=\"scope\" value=\"user.info.stats\" checked")
                    .contains("name=\"scope\" value=\"video.list\" checked")
                    .doesNotContain("value=\"user.info.basic\"")
                    .doesNotContain("video.publish");
        }

        @Test
        void offersEverySandboxAccountWithAvatarAndEscapedNames() {
            String body =
                    open(harness.authorizeUrl(WEB, ALL_SCOPES, "st", null)).body();

            assertThat(body)
                    .contains("value=\"ava.sparks\" checked>", "@omar.cooks")
                    .contains("Kai &lt;Games&gt; &amp; &quot;Co&quot;")
                    .doesNotContain("Kai <Games>")
                    .contains("src=\"" + harness.server.baseUrl() + "/avatars/ava.sparks.svg?size=100\"");
        }

        @Test
        void postsToTheEmulatorWithAOneTimeIdInsteadOfTheRawParameters() {
            String body =
                    open(harness.authorizeUrl(WEB, ALL_SCOPES, "st", null)).body();

            assertThat(body)
                    .contains("<form method=\"post\" action=\"" + harness.server.baseUrl() + "/v2/auth/authorize/\">")
                    .contains("name=\"decision\" value=\"approve\"", "name=\"decision\" value=\"deny\"")
                    .doesNotContain("name=\"redirect_uri\"", "name=\"client_key\"", "name=\"state\"");
        }

        @Test
        void cannotBeFramed() {
            HttpResponse<String> page = open(harness.authorizeUrl(WEB, ALL_SCOPES, "st", null));

            assertThat(page.headers().firstValue("x-frame-options")).hasValue("DENY");
        }
    }

    @Nested
    class ErrorPage {

        @Test
        void namesRedirectUriOnAMismatchAndDoesNotRedirect() {
            String withoutTrailingSlash = "https%3A%2F%2Fapp.example.com%2Fauth%2Fcallback";
            HttpResponse<String> page = open("/v2/auth/authorize/?client_key=sbawtestweb&scope=user.info.basic"
                    + "&response_type=code&state=st&redirect_uri=" + withoutTrailingSlash);

            assertThat(page.statusCode()).isEqualTo(400);
            assertThat(page.headers().firstValue("location")).isEmpty();
            assertThat(page.body()).contains("Something went wrong", "id=\"error-parameter\">redirect_uri<");
        }

        @Test
        void namesClientKeyWhenTheAppIsUnknown() {
            HttpResponse<String> page = open("/v2/auth/authorize/?client_key=nobody&scope=user.info.basic"
                    + "&response_type=code&state=st&redirect_uri=https%3A%2F%2Fapp.example.com%2Fauth%2Fcallback%2F");

            assertThat(page.statusCode()).isEqualTo(400);
            assertThat(page.headers().firstValue("location")).isEmpty();
            assertThat(page.body()).contains(">client_key<");
        }

        @Test
        void namesCodeChallengeWhenTheAppRequiresPkceAndNoneIsSent() {
            HttpResponse<String> page = open(harness.authorizeUrl(DESKTOP, "user.info.basic", "st", null));

            assertThat(page.statusCode()).isEqualTo(400);
            assertThat(page.headers().firstValue("location")).isEmpty();
            assertThat(page.body()).contains(">code_challenge<");
        }

        @Test
        void namesCodeChallengeWhenItsEncodingIsNotTheAppsMode() {
            HttpResponse<String> hexApp =
                    open(harness.authorizeUrl(DESKTOP, "user.info.basic", "st", EmulatorHarness.BASE64URL_CHALLENGE));
            HttpResponse<String> rfcApp =
                    open(harness.authorizeUrl(RFC, "user.info.basic", "st", EmulatorHarness.HEX_CHALLENGE));

            assertThat(hexApp.body()).contains(">code_challenge<", "64 lowercase hex");
            assertThat(rfcApp.body()).contains(">code_challenge<", "43 base64url");
        }

        @Test
        void namesCodeChallengeMethodWhenItIsNotS256() {
            URI plain = URI.create(harness.authorizeUrl(DESKTOP, "user.info.basic", "st", EmulatorHarness.HEX_CHALLENGE)
                    .toString()
                    .replace("code_challenge_method=S256", "code_challenge_method=plain"));

            assertThat(open(plain).body()).contains(">code_challenge_method<");
        }
    }

    @Nested
    class ErrorRedirect {

        @Test
        void sendsInvalidScopeForAScopeTheAppDoesNotHave() {
            HttpResponse<String> response = open(harness.authorizeUrl(
                    DESKTOP, "user.info.basic,user.info.stats", "s1", EmulatorHarness.HEX_CHALLENGE));

            assertThat(response.statusCode()).isEqualTo(302);
            URI location = URI.create(response.headers().firstValue("location").orElseThrow());
            assertThat(location.toString()).startsWith("http://127.0.0.1:5000/callback?");
            assertThat(EmulatorHarness.query(location))
                    .containsEntry("error", "invalid_scope")
                    .containsEntry("state", "s1");
        }

        @Test
        void sendsInvalidScopeForSpaceSeparatedScopes() {
            HttpResponse<String> response =
                    open(harness.authorizeUrl(WEB, "user.info.basic user.info.profile", "s", null));

            assertThat(EmulatorHarness.query(
                            URI.create(response.headers().firstValue("location").orElseThrow())))
                    .containsEntry("error", "invalid_scope");
        }

        @Test
        void sendsUnsupportedResponseTypeForAnythingButCode() {
            URI token = URI.create(harness.authorizeUrl(WEB, "user.info.basic", "s", null)
                    .toString()
                    .replace("response_type=code", "response_type=token"));

            HttpResponse<String> response = open(token);

            assertThat(EmulatorHarness.query(
                            URI.create(response.headers().firstValue("location").orElseThrow())))
                    .containsEntry("error", "unsupported_response_type");
        }
    }

    @Nested
    class Decision {

        @Test
        void approvingRedirectsWithCodeGrantedScopesAndState() {
            String state = "a b&c=d/é";
            String pendingId = pendingId(
                    open(harness.authorizeUrl(WEB, "user.info.basic,user.info.profile,user.info.stats", state, null)));

            HttpResponse<String> response = harness.postForm(
                    "/v2/auth/authorize/",
                    form(
                            "pending_id",
                            pendingId,
                            "decision",
                            "approve",
                            "account",
                            "mia.moves",
                            "scope",
                            "user.info.stats"));

            assertThat(response.statusCode()).isEqualTo(302);
            String location = response.headers().firstValue("location").orElseThrow();
            assertThat(location).startsWith("https://app.example.com/auth/callback/?code=");
            assertThat(location).contains("&scopes=user.info.basic%2Cuser.info.stats&state=");
            Map<String, String> callback = EmulatorHarness.query(URI.create(location));
            assertThat(callback)
                    .containsEntry("state", state)
                    .containsEntry("scopes", "user.info.basic,user.info.stats");
        }

        @Test
        void approvingGrantsTheChosenAccount() {
            String pendingId = pendingId(open(harness.authorizeUrl(WEB, "user.info.basic", "s", null)));
            String location = harness.postForm(
                            "/v2/auth/authorize/",
                            form("pending_id", pendingId, "decision", "approve", "account", "noah.laughs"))
                    .headers()
                    .firstValue("location")
                    .orElseThrow();

            var tokens = EmulatorHarness.json(harness.exchange(
                    WEB, EmulatorHarness.query(URI.create(location)).get("code"), null));

            assertThat(tokens.get("open_id").asString())
                    .isEqualTo(harness.emulator
                            .account("noah.laughs")
                            .orElseThrow()
                            .openId());
        }

        @Test
        void ignoresTickedScopesThatWereNeverRequested() {
            String pendingId = pendingId(open(harness.authorizeUrl(WEB, "user.info.basic", "s", null)));

            String location = harness.postForm(
                            "/v2/auth/authorize/",
                            form(
                                    "pending_id",
                                    pendingId,
                                    "decision",
                                    "approve",
                                    "account",
                                    "ava.sparks",
                                    "scope",
                                    "video.publish"))
                    .headers()
                    .firstValue("location")
                    .orElseThrow();

            assertThat(EmulatorHarness.query(URI.create(location))).containsEntry("scopes", "user.info.basic");
        }

        @Test
        void denyingRedirectsWithAccessDenied() {
            String pendingId = pendingId(open(harness.authorizeUrl(WEB, ALL_SCOPES, "xyz", null)));

            HttpResponse<String> response =
                    harness.postForm("/v2/auth/authorize/", form("pending_id", pendingId, "decision", "deny"));

            Map<String, String> callback = EmulatorHarness.query(
                    URI.create(response.headers().firstValue("location").orElseThrow()));
            assertThat(callback)
                    .containsEntry("error", "access_denied")
                    .containsEntry("state", "xyz")
                    .doesNotContainKey("code");
            assertThat(callback.get("error_description")).isNotBlank();
        }

        @Test
        void acceptsEachPendingAuthorizationOnlyOnce() {
            String pendingId = pendingId(open(harness.authorizeUrl(WEB, ALL_SCOPES, "s", null)));
            Map<String, String> approve = form("pending_id", pendingId, "decision", "approve", "account", "ava.sparks");

            harness.postForm("/v2/auth/authorize/", approve);
            HttpResponse<String> second = harness.postForm("/v2/auth/authorize/", approve);

            assertThat(second.statusCode()).isEqualTo(400);
            assertThat(second.headers().firstValue("location")).isEmpty();
            assertThat(second.body()).contains("expired or was already used");
        }

        @Test
        void refusesAFormWithoutAPendingAuthorization() {
            HttpResponse<String> forged = harness.postForm(
                    "/v2/auth/authorize/",
                    form(
                            "client_key",
                            WEB.clientKey(),
                            "redirect_uri",
                            "https://evil.example.com/",
                            "decision",
                            "approve",
                            "account",
                            "ava.sparks"));

            assertThat(forged.statusCode()).isEqualTo(400);
            assertThat(forged.headers().firstValue("location")).isEmpty();
        }

        @Test
        void expiresPendingAuthorizationsAfterHalfAnHour() {
            String pendingId = pendingId(open(harness.authorizeUrl(WEB, ALL_SCOPES, "s", null)));
            harness.clock.advance(java.time.Duration.ofMinutes(31));

            HttpResponse<String> late = harness.postForm(
                    "/v2/auth/authorize/",
                    form("pending_id", pendingId, "decision", "approve", "account", "ava.sparks"));

            assertThat(late.statusCode()).isEqualTo(400);
        }
    }
}
