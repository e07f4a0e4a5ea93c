package io.battlesim.app.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SiteWebTest
class LegalPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CurrentUserFixture currentUser;

    @BeforeEach
    void signOut() {
        currentUser.signOut();
    }

    private String page(String uri) {
        var result = mvc.get().uri(uri).exchange();
        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("text/html");
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void privacyNamesEveryTikTokDataItemWithItsScope() {
        assertThat(page("/privacy"))
                .contains(
                        "<code>user.info.basic</code>",
                        "<code>user.info.profile</code>",
                        "<code>user.info.stats</code>")
                .contains("<code>open_id</code>", "<code>union_id</code>")
                .contains("<code>avatar_url</code>", "<code>avatar_url_100</code>", "<code>avatar_large_url</code>")
                .contains("<code>display_name</code>")
                .contains("<code>username</code>", "<code>bio_description</code>", "<code>is_verified</code>")
                .contains("<code>profile_deep_link</code>")
                .contains("<code>follower_count</code>", "<code>following_count</code>")
                .contains("<code>likes_count</code>", "<code>video_count</code>")
                .contains("Access token and refresh token")
                .contains("LIVE events during a battle you run", "Content Posting API", "<code>creator_info</code>");
    }

    @Test
    void privacySaysWhereHowLongAndHowToDelete() {
        assertThat(page("/privacy"))
                .contains("AES-256-GCM")
                .contains("You disconnect, the token expires")
                .contains("until you delete that battle or your account")
                .contains("Consent record (with its timestamp)")
                .contains("We never sell your data and never share it with third parties")
                .contains("<strong>Disconnect</strong>", "<strong>Delete all my data</strong>")
                .contains("reports it to us by webhook")
                .contains("13 or older")
                .contains("mailto:privacy@")
                .contains("<code>video.publish</code>", "publish jobs and uploaded videos")
                .contains("A video you uploaded to share")
                .contains("<strong>Leaderboards:</strong>", "Leaderboard totals", "<strong>Delete a battle</strong>")
                .contains("Last updated: <time datetime=\"2026-12-04\">2026-12-04</time>");
    }

    @Test
    void termsCoverUseTikTokTermsAffiliationAndTheEmulator() {
        assertThat(page("/terms"))
                .contains("Acceptable use")
                .contains("TikTok's Terms of\n    Service</a>")
                .contains("not affiliated with, endorsed, sponsored or approved")
                .contains("The emulator and sandbox accounts")
                .contains("Disclaimer and liability")
                .contains("Last updated: <time datetime=\"2026-11-22\">2026-11-22</time>");
    }

    @Test
    void everyPageLinksToPrivacyTermsAndDocs() {
        assertThat(page("/terms"))
                .contains("<a href=\"/privacy\">Privacy</a>")
                .contains("<a href=\"/terms\">Terms</a>")
                .contains("<a href=\"/docs\">Docs</a>")
                .contains("<a href=\"/battles\">Battles</a>")
                .contains("<a class=\"brand\" href=\"/\"");
    }
}
