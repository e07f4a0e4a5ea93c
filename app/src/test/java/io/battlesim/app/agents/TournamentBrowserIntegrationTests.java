package io.battlesim.app.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;

/**
 * The tournament pages in Debian's Chromium on a phone-sized screen: a creator trims the start form, starts a
 * tournament, watches its progress bar move (htmx polls every second), cancels it after confirming and keeps the
 * standings so far; the top AI agents board shows a finished tournament. No page needs anything its
 * Content-Security-Policy forbids, and nothing scrolls sideways. Screenshots go to {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class TournamentBrowserIntegrationTests {

    private static final int PORT = TestSocketUtils.findAvailableTcpPort();
    private static final String BASE = "http://localhost:" + PORT;
    private static final int PHONE_WIDTH = 390;

    private static Playwright playwright;
    private static Browser browser;

    private final List<String> cspViolations = new CopyOnWriteArrayList<>();
    private BrowserContext context;
    private Page page;

    @Autowired
    private TournamentService tournaments;

    @Autowired
    private JdbcClient jdbc;

    @DynamicPropertySource
    static void app(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory("tournaments-browser");
        registry.add("server.port", () -> PORT);
        registry.add("app.public-url", () -> BASE);
        registry.add("app.data-dir", dataDir::toString);
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:h2:mem:tournaments-browser-" + PORT
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        registry.add("app.tiktok.client-key", () -> "");
        registry.add("app.tiktok.client-secret", () -> "");
        registry.add("app.insights.enabled", () -> "false");
        registry.add("app.live.demo-battle", () -> "false");
        registry.add("app.agents.progress-interval", () -> "100ms");
    }

    @BeforeAll
    static void launchChromium() {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Paths.get("/usr/bin/chromium"))
                        .setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking")));
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(PHONE_WIDTH, 844));
        context.setDefaultTimeout(15_000);
        context.addInitScript(
                "document.addEventListener('securitypolicyviolation', e => console.error('csp-violation: '"
                        + " + e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline')));");
        context.onConsoleMessage(message -> {
            if (message.text().startsWith("csp-violation: ") || message.text().contains("Content Security Policy")) {
                cspViolations.add(message.text());
            }
        });
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
        jdbc.sql("SELECT id FROM app_user").query(Long.class).list().forEach(tournaments::cancelAllOf);
        assertThat(cspViolations).as("Content-Security-Policy violations").isEmpty();
    }

    @Test
    void startsFollowsAndCancelsATournamentOnAPhone() {
        signInAs("ava.sparks");
        page.navigate(BASE + "/tournaments");
        assertThat(page.locator("[data-testid^=agent-row-]").count()).isEqualTo(5);

        page.locator("[data-testid=agent-row-4] .agent-remove").click();
        page.waitForLoadState();
        assertThat(page.locator("[data-testid^=agent-row-]").count()).isEqualTo(4);
        page.getByTestId("tournament-name").fill("Phone ladder ✨");
        page.locator("input[name='agents[0].budget']").fill("50000");
        page.getByTestId("games-per-pairing").fill("100"); // 6,000 battles: running for minutes
        page.locator("input[name=cycles]").fill("10");
        page.locator("input[name=battleSeconds]").fill("600");
        assertNoSidewaysScrolling();
        screenshot("tournament-form-phone.png");
        page.getByTestId("start-tournament").click();
        page.waitForURL(url -> url.matches(".*/tournaments/\\d+$"));

        int first = progressAfter(0);
        int later = progressAfter(first);
        assertThat(later).as("the bar moves while the tournament runs").isGreaterThan(first);
        assertThat(page.getByTestId("tournament-status").textContent()).isEqualTo("Running");
        assertNoSidewaysScrolling();
        screenshot("tournament-running-phone.png");

        page.onDialog(dialog -> dialog.accept());
        page.getByTestId("cancel-tournament").click();

        page.waitForSelector("[data-testid=tournament-live][data-status=CANCELLED]");
        assertThat(page.locator("[data-testid=standings] tbody tr").count()).isEqualTo(4);
        assertThat(page.getByTestId("cancel-tournament").count()).isZero();
        assertNoSidewaysScrolling();
        screenshot("tournament-cancelled-phone.png");
    }

    @Test
    void theTopAgentsBoardShowsAFinishedTournament() {
        signInAs("leo.beats");
        long owner = jdbc.sql("SELECT id FROM app_user WHERE username = 'leo.beats'")
                .query(Long.class)
                .single();
        long id = tournaments
                .start(new TournamentRequest("Quick", null, null, null, 1, 60, null, null, 3L), owner)
                .id();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> tournaments.require(id).status() == TournamentStatus.FINISHED);

        page.navigate(BASE + "/leaderboards");

        assertThat(page.locator("[data-testid=top-agents-board] a[href='/tournaments/" + id + "']")
                        .count())
                .isEqualTo(5);
        assertNoSidewaysScrolling();
        page.locator("#agents-title").scrollIntoViewIfNeeded();
        screenshot("top-agents-phone.png");
        page.locator("[data-testid=top-agents-board] a[href='/tournaments/" + id + "']")
                .first()
                .click();
        page.waitForURL(BASE + "/tournaments/" + id);
        assertThat(page.getByTestId("tournament-status").textContent()).isEqualTo("Finished");
    }

    /** Waits until the page's progress bar (swapped in by htmx) shows more than {@code percent}. */
    private int progressAfter(int percent) {
        page.waitForFunction(
                "p => Number(document.querySelector('[data-testid=tournament-progress]').value) > p",
                percent,
                new Page.WaitForFunctionOptions().setTimeout(20_000));
        return Integer.parseInt(page.getByTestId("tournament-progress").getAttribute("value"));
    }

    private void assertNoSidewaysScrolling() {
        assertThat(page.evaluate("() => document.documentElement.scrollWidth"))
                .as("no sideways scrolling")
                .isEqualTo(PHONE_WIDTH);
    }

    private void signInAs(String username) {
        page.navigate(BASE + "/");
        page.getByTestId("connect-tiktok").click();
        page.waitForURL("**/emulator/v2/auth/authorize/**");
        page.locator("input[name=account][value='" + username + "']").check();
        page.locator("#approve").click();
        page.waitForURL(url -> url.contains("/auth/consent") || url.equals(BASE + "/"));
        if (page.url().contains("/auth/consent")) {
            page.getByTestId("consent-age").check();
            page.getByTestId("consent-data").check();
            page.getByTestId("consent-accept").click();
            page.waitForURL(BASE + "/");
        }
    }

    private void screenshot(String name) {
        try {
            Path testClasses = Path.of(TournamentBrowserIntegrationTests.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            Path folder = testClasses.getParent().resolve("screenshots");
            page.screenshot(
                    new Page.ScreenshotOptions().setPath(folder.resolve(name)).setFullPage(true));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("The test classes' location is not a path", e);
        }
    }
}
