package io.battlesim.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;

/**
 * Sign in with TikTok in a real browser (Debian's Chromium driven by Playwright), against the app in its embedded
 * default: the TikTok emulator mounted at {@code /emulator}, an in-memory database.
 */
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT)
class SignInBrowserIntegrationTests {

    private static final int PORT = TestSocketUtils.findAvailableTcpPort();
    private static final String BASE = "http://localhost:" + PORT;
    private static final String APP_NAME = "TikTok Battle Simulator (local)";

    private static Chromium chromium;
    private static Browser browser;

    private BrowserContext context;
    private CspViolations csp;
    private Page page;

    @DynamicPropertySource
    static void server(DynamicPropertyRegistry registry) throws IOException {
        Chromium.serve(registry, "browser", PORT, BASE);
    }

    @BeforeAll
    static void launchChromium() {
        chromium = Chromium.launch();
        browser = chromium.browser();
    }

    @AfterAll
    static void closeChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
        context.setDefaultTimeout(15_000);
        csp = CspViolations.watch(context);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
        csp.assertNone(); // GH-10
    }

    @Test
    void signsInWithTikTokAndShowsTheDisplayNameAndAvatar() throws Exception {
        approveOnTikTokAs("ava.sparks");
        acceptConsent();

        assertThat(page.getByTestId("display-name").textContent()).isEqualTo("Ava Sparks");
        assertThat(page.getByTestId("avatar").getAttribute("alt")).isEqualTo("Ava Sparks");
        assertThat(loadedImageWidth("[data-testid=avatar]")).isPositive();
        assertThat(page.getByTestId("connect-tiktok").count()).isZero();
        screenshot("signed-in-home.png");
        page.setViewportSize(390, 844);
        screenshot("signed-in-home-mobile.png");
    }

    @Test
    void cancellingOnTikTokEndsOnAFriendlyPageStillSignedOut() throws Exception {
        page.navigate(BASE + "/");
        page.getByTestId("connect-tiktok").click();
        page.waitForURL("**/emulator/v2/auth/authorize/**");
        page.locator("#deny").click();

        page.waitForURL("**/auth/tiktok/callback**");
        assertThat(page.getByTestId("signin-problem").textContent()).contains("cancelled");
        screenshot("signin-cancelled.png");
        assertThat(page.content()).doesNotContain("Exception");
        assertThat(page.getByTestId("connect-tiktok").isVisible()).isTrue();
        assertThat(page.getByTestId("display-name").count()).isZero();
    }

    @Test
    void rendersHtmlMetacharactersInADisplayNameAsText() throws Exception {
        approveOnTikTokAs("kai.games");
        acceptConsent();

        assertThat(page.getByTestId("display-name").textContent()).isEqualTo("Kai <Games> & \"Co\"");
        assertThat(page.getByTestId("profile-display-name").textContent()).isEqualTo("Kai <Games> & \"Co\"");
        assertThat(page.locator("games").count()).isZero();
    }

    @Test
    void disconnectingFromTheHeaderSignsOut() throws Exception {
        approveOnTikTokAs("leo.beats");
        acceptConsent();

        page.getByTestId("disconnect").click();

        page.waitForURL(BASE + "/?disconnected");
        assertThat(page.getByTestId("notice-disconnected").isVisible()).isTrue();
        assertThat(page.getByTestId("connect-tiktok").isVisible()).isTrue();
    }

    @Test
    void deletesAllDataOnlyAfterConfirmation() throws Exception {
        approveOnTikTokAs("mia.moves");
        acceptConsent();

        page.getByTestId("delete-start").click();
        page.getByTestId("delete-submit").click();
        assertThat(page.locator("[data-testid=delete-confirm]:invalid").count()).isOne();
        assertThat(page.getByTestId("display-name").isVisible()).isTrue();
        page.getByTestId("delete-confirm").check();
        page.getByTestId("delete-submit").click();

        page.waitForURL(BASE + "/?deleted");
        assertThat(page.getByTestId("notice-deleted").isVisible()).isTrue();
        assertThat(page.getByTestId("connect-tiktok").isVisible()).isTrue();
    }

    @Test
    void showsTheFriendlyNotFoundPageForAnUnknownPage() throws Exception {
        approveOnTikTokAs("noah.laughs");
        acceptConsent();

        var response = page.navigate(BASE + "/no-such-page");

        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("h1").textContent()).isEqualTo("This page doesn't exist");
        assertThat(page.getByTestId("display-name").textContent()).isEqualTo("Noah Laughs");
        assertThat(page.content()).doesNotContain("Exception", "Whitelabel");
    }

    @Test
    void docsRenderTheApiDescription() {
        page.navigate(BASE + "/docs");

        page.getByText("TikTok Battle Simulator API").first().waitFor();
        assertThat(page.locator(".swagger-ui").count()).isPositive();
        assertThat(page.content()).contains("/api/auth/status");
    }

    private void approveOnTikTokAs(String username) throws URISyntaxException {
        page.navigate(BASE + "/");
        page.getByTestId("connect-tiktok").click();
        page.waitForURL("**/emulator/v2/auth/authorize/**");
        assertThat(page.locator("h1").textContent()).contains(APP_NAME);
        page.locator("input[name=account][value='" + username + "']").check();
        screenshot("emulator-consent.png");
        page.locator("#approve").click();
        page.waitForURL("**/auth/consent**");
    }

    private void acceptConsent() throws URISyntaxException {
        screenshot("consent.png");
        page.getByTestId("consent-age").check();
        page.getByTestId("consent-data").check();
        page.getByTestId("consent-accept").click();
        page.waitForURL(BASE + "/");
    }

    /** Waits until the image has loaded and returns its natural width (0 if it failed to load). */
    private int loadedImageWidth(String selector) {
        page.waitForFunction(
                "selector => { const img = document.querySelector(selector); return img && img.complete; }", selector);
        Object width = page.locator(selector).evaluate("img => img.naturalWidth");
        return ((Number) width).intValue();
    }

    private void screenshot(String name) throws URISyntaxException {
        Path target = buildDirectory().resolve("screenshots").resolve(name);
        page.screenshot(new Page.ScreenshotOptions().setPath(target).setFullPage(true));
    }

    /** The directory above test-classes, which follows {@code -Dbuild.dir.name} ({@code target} by default). */
    private static Path buildDirectory() throws URISyntaxException {
        Path testClasses = Path.of(SignInBrowserIntegrationTests.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Path parent = testClasses.getParent();
        return parent != null ? parent : testClasses;
    }
}
