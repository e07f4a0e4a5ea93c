package io.battlesim.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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
 * A creator's statistics in a real browser (Debian's Chromium through Playwright): sign in with TikTok (the
 * emulator), the first snapshot is taken on its own and backfills the sandbox history, and {@code /analytics} shows
 * the follower chart drawn with its data points, the video table, best time to post and a video's own chart, on a
 * laptop and on a phone, within the Content-Security-Policy. Screenshots go to {@code <build dir>/screenshots/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT)
class InsightsBrowserIntegrationTests {

    private static final int PORT = TestSocketUtils.findAvailableTcpPort();
    private static final String BASE = "http://localhost:" + PORT;
    private static final int BACKFILL_DAYS = 45;

    private static Chromium chromium;
    private static Browser browser;

    private final List<String> alerts = new CopyOnWriteArrayList<>();
    private BrowserContext context;
    private CspViolations csp;
    private Page page;

    @DynamicPropertySource
    static void server(DynamicPropertyRegistry registry) throws IOException {
        Chromium.serve(registry, "insights-browser", PORT, BASE);
        registry.add("app.live.demo-battle", () -> "false");
        registry.add("app.insights.tick", () -> "200ms");
        registry.add("app.insights.backfill-days", () -> BACKFILL_DAYS);
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
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        context.setDefaultTimeout(20_000);
        csp = CspViolations.watch(context);
        page = context.newPage();
        page.onPageError(error -> alerts.add("page error: " + error));
        page.onDialog(dialog -> {
            alerts.add(dialog.message());
            dialog.dismiss();
        });
    }

    @AfterEach
    void closePage() {
        context.close();
        csp.assertNone();
        assertThat(alerts).as("alerts and errors raised by page scripts").isEmpty();
    }

    @Test
    void aCreatorSignsInAndSeesTheirChartsAndVideos() throws Exception { // GH-11
        page.navigate(BASE + "/analytics");
        assertThat(page.getByTestId("insights-sign-in").isVisible()).isTrue();
        page.getByTestId("insights-connect").click();
        signInOnTikTok("ava.sparks");
        page.waitForURL(BASE + "/analytics");

        // the first snapshot runs in the background within moments of signing in: the creator reloads
        long deadline = System.nanoTime() + 60_000_000_000L;
        while ((page.locator("[data-testid=videos-table]").count() == 0
                        || "true".equals(page.getByTestId("insights-run").getAttribute("data-running")))
                && System.nanoTime() < deadline) {
            page.waitForTimeout(500);
            page.reload();
        }
        page.waitForFunction("() => window.Chart && Chart.getChart(document.querySelector('#followers-chart'))");
        Object points = page.evaluate(
                "() => Chart.getChart(document.querySelector('#followers-chart')).data.datasets[0].data.length");
        assertThat(((Number) points).intValue()).isEqualTo(BACKFILL_DAYS + 1);
        assertThat(page.locator("[data-testid=videos-table] tbody tr").count()).isEqualTo(50);
        assertThat(page.getByTestId("stat-followers").textContent()).matches("[0-9,]+");
        assertThat(page.getByTestId("best-time").textContent()).contains("UTC");
        screenshot("insights.png");

        page.selectOption("select[name=sort]", "engagement");
        page.locator("[data-testid=videos-filter] button").click();
        page.waitForURL("**/analytics?sort=engagement**");
        page.locator("[data-testid=videos-table] tbody tr a").first().click();
        page.waitForURL("**/analytics/videos/**");
        page.waitForFunction("() => window.Chart && Chart.getChart(document.querySelector('#video-chart'))");
        Object days = page.evaluate(
                "() => Chart.getChart(document.querySelector('#video-chart')).data.datasets[0].data.length");
        assertThat(((Number) days).intValue()).isPositive();
        assertThat(page.locator("[data-testid=video-days] tbody tr").count()).isEqualTo(((Number) days).intValue());

        page.setViewportSize(390, 844);
        page.navigate(BASE + "/analytics");
        page.waitForFunction("() => window.Chart && Chart.getChart(document.querySelector('#followers-chart'))");
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue())
                .as("no sideways scrolling on a phone")
                .isLessThanOrEqualTo(0);
        screenshot("insights-phone.png");
    }

    private void signInOnTikTok(String username) {
        page.waitForURL("**/emulator/v2/auth/authorize/**");
        page.locator("input[name=account][value='" + username + "']").check();
        page.locator("#approve").click();
        page.waitForURL("**/auth/consent**");
        page.getByTestId("consent-age").check();
        page.getByTestId("consent-data").check();
        page.getByTestId("consent-accept").click();
    }

    private void screenshot(String name) {
        Chromium.screenshot(page, name);
    }
}
