package io.battlesim.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;

/** The API docs at {@code /docs} in a real browser: Swagger UI inside the site's page, on a desktop and a phone. */
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT)
class DocsBrowserIntegrationTests {

    private static final int PORT = TestSocketUtils.findAvailableTcpPort();
    private static final String BASE = "http://localhost:" + PORT;

    private static Chromium chromium;
    private static Browser browser;

    private BrowserContext context;
    private CspViolations csp;
    private Page page;

    @DynamicPropertySource
    static void server(DynamicPropertyRegistry registry) throws IOException {
        Chromium.serve(registry, "docs-browser", PORT, BASE);
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

    @AfterEach
    void closePage() {
        context.close();
        csp.assertNone(); // GH-10
    }

    @Test
    void showsTheApiWithNamedTagsUnderTheSitesHeader() throws Exception { // GH-15
        open(new Browser.NewContextOptions().setViewportSize(1280, 900));

        page.navigate(BASE + "/docs");

        page.locator("h3.opblock-tag").first().waitFor();
        @SuppressWarnings("unchecked")
        List<String> tags =
                (List<String>) page.locator("h3.opblock-tag").evaluateAll("tags => tags.map(tag => tag.dataset.tag)");
        assertThat(tags)
                .contains("Authentication", "Battles", "Ingest", "Publishing")
                .noneMatch(tag -> tag.endsWith("-controller"));
        assertThat(page.locator("h3.opblock-tag small").allTextContents())
                .hasSize(tags.size())
                .allSatisfy(description -> assertThat(description).isNotBlank());
        assertThat(page.locator(".site-header a.brand").getAttribute("href")).isEqualTo("/");
        screenshot("docs.png");

        page.locator(".site-header a.brand").click();

        page.waitForURL(BASE + "/");
    }

    @Test
    void fitsAPhoneScreenWithTheSiteHeader() throws Exception { // GH-15
        open(new Browser.NewContextOptions()
                .setViewportSize(390, 844)
                .setIsMobile(true)
                .setHasTouch(true));

        page.navigate(BASE + "/docs");

        page.locator("h3.opblock-tag").first().waitFor();
        assertThat(page.locator(".site-header a.brand").isVisible()).isTrue();
        assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                .isTrue();
        screenshot("docs-phone.png");
    }

    private void open(Browser.NewContextOptions options) {
        context = browser.newContext(options);
        context.setDefaultTimeout(20_000);
        csp = CspViolations.watch(context);
        page = context.newPage();
    }

    private void screenshot(String name) throws URISyntaxException {
        Path testClasses = Path.of(DocsBrowserIntegrationTests.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Path target = (testClasses.getParent() != null ? testClasses.getParent() : testClasses)
                .resolve("screenshots")
                .resolve(name);
        page.screenshot(new Page.ScreenshotOptions().setPath(target).setFullPage(true));
    }
}
