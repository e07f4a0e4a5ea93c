package io.battlesim.app.publish.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.app.publish.PublishBrowser;
import io.battlesim.app.publish.PublishIntegrationTestSupport;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A signed-out visitor of a publish page is told to sign in to share, and the sign-in leads back there. */
class SignInToShareIntegrationTests extends PublishIntegrationTestSupport {

    @Test
    void aSignedOutVisitOfAPublishPageSaysSignInToShare() { // GH-15
        var browser = newBrowser();

        HttpResponse<String> jobsPage = browser.get("/publish/jobs?page=2");

        assertThat(jobsPage.statusCode()).isEqualTo(302);
        URI signInPage = PublishBrowser.location(jobsPage);
        assertThat(signInPage.getPath()).isEqualTo("/publish/sign-in");
        assertThat(signInPage.getQuery()).isEqualTo("next=/publish/jobs?page=2");
        HttpResponse<String> page = browser.get(signInPage.toString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<h1 data-testid=\"sign-in-to-share\">Sign in to share</h1>")
                .contains("href=\"/auth/tiktok?next=/publish/jobs?page%3D2\"");
    }

    @Test
    void leavesOutAPathTooLongToReturnToInsteadOfEchoingIt() { // GH-10
        String longPath = "/publish/jobs/" + "e\u0301".repeat(900);

        HttpResponse<String> jobsPage = newBrowser().get(longPath.replace("\u0301", "%CC%81"));

        assertThat(jobsPage.statusCode()).isEqualTo(302);
        assertThat(PublishBrowser.location(jobsPage).toString()).endsWith("/publish/sign-in");
    }

    @Test
    void signingInFromThereReturnsToThePageAskedFor() { // GH-15
        signUp(newBrowser(), "luna.sings");

        assertThat(signInFrom(newBrowser(), "/publish/jobs/some-job", "kai.games"))
                .as("first sign-in, through the consent page")
                .isEqualTo("/publish/jobs/some-job");
        assertThat(signInFrom(newBrowser(), "/publish/battles/b1?media=video", "luna.sings"))
                .as("returning creator")
                .isEqualTo("/publish/battles/b1?media=video");
    }

    @Test
    void aNextOutsideThisSiteLeadsHome() { // GH-15
        assertThat(signInFrom(newBrowser(), "//evil.example/x", "ava.sparks")).isEqualTo("/");
        assertThat(signInFrom(newBrowser(), "https://evil.example/", "ava.sparks"))
                .isEqualTo("/");
        assertThat(newBrowser().get("/publish/sign-in?next=//evil.example").body())
                .contains("href=\"/auth/tiktok?next=/publish/jobs\"");
    }

    /** Signs in through {@code /auth/tiktok?next=…} (consenting when new) and returns where the app sends the user. */
    private String signInFrom(PublishBrowser browser, String next, String username) {
        HttpResponse<String> start =
                browser.get("/auth/tiktok?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        HttpResponse<String> callback = browser.get(
                emulator.approve(PublishBrowser.location(start), username).toString());
        URI landing = PublishBrowser.location(callback);
        if (landing.getPath().equals("/auth/consent")) {
            HttpResponse<String> consent = browser.get("/auth/consent");
            Map<String, String> fields = new LinkedHashMap<>(
                    Map.of("ageConfirmed", "true", "consentAccepted", "true", "decision", "accept"));
            fields.put("_csrf", csrf(consent));
            landing = PublishBrowser.location(browser.postForm("/auth/consent", fields));
        }
        return landing.getRawQuery() == null ? landing.getPath() : landing.getPath() + "?" + landing.getRawQuery();
    }
}
