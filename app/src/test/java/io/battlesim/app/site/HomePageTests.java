package io.battlesim.app.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.app.auth.SignedInUser;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SiteWebTest
class HomePageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CurrentUserFixture currentUser;

    private String home() {
        return home("/");
    }

    private String home(String uri) {
        var result = mvc.get().uri(uri).exchange();
        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("text/html");
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    @Nested
    class SignedOut {

        @BeforeEach
        void signOut() {
            currentUser.signOut();
        }

        @Test
        void offersConnectTikTokInTheHeader() {
            assertThat(home()).contains("href=\"/auth/tiktok\" data-testid=\"connect-tiktok\">Connect TikTok</a>");
        }

        @Test
        void describesTheProductAndMarksUnreleasedFeatures() {
            assertThat(home())
                    .contains("Live battles", "OBS overlay", "AI agents", "Leaderboards", "Publishing")
                    .contains("Coming soon");
            String publishing =
                    home().split("data-testid=\"feature-publishing\"", 2)[1].split("</li>", 2)[0];
            assertThat(publishing)
                    .contains("Available", "href=\"/publish/jobs\"")
                    .doesNotContain("Coming soon");
        }

        @Test
        void showsNoAccountSection() {
            assertThat(home())
                    .doesNotContain("id=\"account\"")
                    .doesNotContain("/account/delete")
                    .doesNotContain("/auth/disconnect");
        }

        @Test
        void loadsTheStylesheetAndHtmxDeferred() {
            assertThat(home())
                    .contains("href=\"/css/app.css\"")
                    .contains("<script defer src=\"/webjars/htmx.org/dist/htmx.min.js\"></script>");
        }
    }

    @Nested
    class SignedIn {

        @BeforeEach
        void signIn() {
            currentUser.signIn(CurrentUserFixture.avaSparks());
        }

        @Test
        void showsWhoIsSignedIn() {
            assertThat(home())
                    .contains("data-testid=\"display-name\">Ava Sparks</span>")
                    .contains("Signed in as <span data-testid=\"profile-display-name\">Ava Sparks</span>")
                    .contains(">@ava.sparks</p>")
                    .contains("src=\"https://avatars.example/ava.png\" alt=\"Ava Sparks\"")
                    .doesNotContain("data-testid=\"connect-tiktok\"");
        }

        @Test
        void showsACreatorNoDeveloperLinks() { // GH-15
            assertThat(home()).doesNotContain("href=\"/api/auth/status\"", "as JSON");
        }

        @Test
        void navigatesToBattlesStartABattleLeaderboardsAndYourPosts() { // GH-15, GH-12
            assertThat(home())
                    .contains("<a href=\"/battles\">Battles</a>")
                    .contains("<a href=\"/battles/new\" aria-label=\"Start a battle\">")
                    .contains("<a href=\"/leaderboards\" aria-label=\"Leaderboards\">")
                    .contains("<a href=\"/publish/jobs\" aria-label=\"Your posts\">");
        }

        @Test
        void offersDisconnectAndDeleteWithAConfirmStep() {
            assertThat(home())
                    .contains("<form method=\"post\" action=\"/auth/disconnect\">")
                    .contains("<form class=\"confirm\" method=\"post\" action=\"/account/delete\">")
                    .contains("name=\"confirm\" value=\"true\" required");
        }

        @Test
        void usesThePlaceholderAvatarWhenTikTokGaveNone() {
            currentUser.signIn(CurrentUserFixture.withDisplayName("No Picture"));

            assertThat(home()).contains("src=\"/img/avatar.svg\" alt=\"No Picture\"");
        }

        @Test
        void neverUsesANonHttpAvatarUrl() {
            currentUser.signIn(new SignedInUser(3, "open-id-js", "Js", "javascript:alert(1)", null));

            assertThat(home()).doesNotContain("javascript:").contains("src=\"/img/avatar.svg\"");
        }
    }

    @Nested
    class Escaping {

        @Test
        void rendersHtmlInTheDisplayNameAsText() {
            currentUser.signIn(CurrentUserFixture.withDisplayName("<img src=x onerror=alert(1)>"));

            assertThat(home())
                    .doesNotContain("<img src=x")
                    .contains("data-testid=\"display-name\">&lt;img src=x onerror=alert(1)&gt;</span>")
                    .contains("alt=\"&lt;img src=x onerror=alert(1)&gt;\"");
        }

        @Test
        void rendersQuotesAndAmpersandsInTheDisplayNameAsText() {
            currentUser.signIn(CurrentUserFixture.withDisplayName("Kai <Games> & \"Co\""));

            assertThat(home())
                    .contains(">Kai &lt;Games&gt; &amp; &quot;Co&quot;</span>")
                    .contains("alt=\"Kai &lt;Games&gt; &amp; &quot;Co&quot;\"");
        }
    }

    @Nested
    class Notices {

        @BeforeEach
        void signOut() {
            currentUser.signOut();
        }

        @Test
        void confirmsDeletion() {
            assertThat(home("/?deleted")).contains("data-testid=\"notice-deleted\"");
        }

        @Test
        void confirmsDisconnection() {
            assertThat(home("/?disconnected")).contains("data-testid=\"notice-disconnected\"");
        }

        @Test
        void showsNoNoticeWithoutAFlag() {
            assertThat(home()).doesNotContain("class=\"notice\"");
        }
    }

    @Nested
    class OfflineMode {

        @Test
        void bannerLinksToTheEmulatorWhenNoClientKeyIsConfigured() {
            assertThat(home())
                    .contains("data-testid=\"offline-banner\"")
                    .contains("Offline mode:")
                    .contains("href=\"/emulator/\"");
        }
    }

    @Nested
    @TestPropertySource(properties = "app.tiktok.client-key=real-client-key")
    class RealTikTok {

        @Test
        void showsNoOfflineBanner() {
            assertThat(home()).doesNotContain("offline-banner");
        }
    }
}
