package io.battlesim.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.battlesim.app.battle.BattleManagement;
import io.battlesim.tiktok.emulator.TikTokEmulator;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;

/**
 * A creator starts a practice battle against an AI agent from the practice page and watches the odds move on the
 * scoreboard while their emulator room's gifts and the agent's come in (Debian's Chromium driven by Playwright).
 */
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT)
class PracticeBrowserIntegrationTests {

    private static final int PORT = TestSocketUtils.findAvailableTcpPort();
    private static final String BASE = "http://localhost:" + PORT;

    private static Chromium chromium;
    private static Browser browser;

    @Autowired
    private BattleManagement battles;

    @Autowired
    private TikTokEmulator emulator;

    private BrowserContext context;
    private CspViolations csp;
    private Page page;

    @DynamicPropertySource
    static void server(DynamicPropertyRegistry registry) throws IOException {
        Chromium.serve(registry, "practice-browser", PORT, BASE);
        registry.add("app.live.demo-battle", () -> "false");
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
        context.setDefaultTimeout(15_000);
        csp = CspViolations.watch(context);
        page = context.newPage();
        page.onPageError(error -> System.err.println("page error: " + error));
    }

    @AfterEach
    void closePage() {
        emulator.live().stopGenerator();
        context.close();
        csp.assertNone();
    }

    @Test
    void startsAPracticeBattleAgainstAnAgentAndTheOddsMoveOnTheScoreboard() {
        signInAs("ava.sparks");
        emulator.live().startGenerator();
        page.navigate(BASE + "/battles/new");
        page.getByTestId("practice-link").click();
        page.waitForURL(BASE + "/battles/practice");
        assertThat(page.getByTestId("practice-username").inputValue()).isEqualTo("ava.sparks");

        page.getByTestId("practice-strategy").selectOption("STEADY");
        page.getByTestId("practice-minutes").fill("2");
        page.getByTestId("start-practice").click();

        page.waitForURL(url -> url.matches(".*/battles/[a-z0-9]+$"));
        String id = page.url().substring(page.url().lastIndexOf('/') + 1);
        assertThat(page.getByTestId("battle-title").textContent()).startsWith("Practice: ");
        assertThat(page.getByTestId("practice-badge").textContent().strip())
                .isEqualTo("Practice vs AI Steady (Steady)");
        page.waitForSelector("[data-testid=side-odds][data-chance]");
        String first = page.locator("[data-testid=side-odds]").first().getAttribute("data-chance");
        page.waitForFunction(
                "first => document.querySelector('[data-testid=side-odds]').dataset.chance !== first",
                first,
                new Page.WaitForFunctionOptions().setTimeout(30_000));
        Chromium.screenshot(page, "practice-scoreboard.png");
        battles.end(id);
    }

    @Test
    void watchesTwoAgentsBattleInRealTimeFromTheSimulationPage() {
        signInAs("ava.sparks");
        page.navigate(BASE + "/tournaments");
        page.getByTestId("simulate-link").click();
        page.waitForURL(BASE + "/battles/simulate");

        page.getByTestId("simulation-side-0").getByTestId("simulation-label").fill("Sniper 狙击手 🎯");
        page.getByTestId("simulation-side-0").getByTestId("simulation-strategy").selectOption("STEADY");
        page.getByTestId("simulation-side-1").getByTestId("simulation-strategy").selectOption("REACTIVE");
        page.getByTestId("simulation-crowd").selectOption("TYPICAL");
        page.getByTestId("simulation-minutes").fill("2");
        page.getByTestId("start-simulation").click();

        page.waitForURL(url -> url.matches(".*/battles/[a-z0-9]+$"));
        String id = page.url().substring(page.url().lastIndexOf('/') + 1);
        assertThat(page.getByTestId("battle-title").textContent())
                .isEqualTo("Simulation: Sniper 狙击手 🎯 vs Steady Stella");
        assertThat(page.getByTestId("simulation-badge").textContent().strip()).isEqualTo("Simulation · typical crowds");
        assertThat(page.getByTestId("side-label").allTextContents()).containsExactly("Sniper 狙击手 🎯", "Steady Stella");
        // both sides score in real time, and the odds follow
        page.waitForFunction(
                "() => [...document.querySelectorAll('[data-testid=side-score]')]"
                        + ".every(s => Number(s.textContent.replace(/\\D/g, '')) > 0)",
                null,
                new Page.WaitForFunctionOptions().setTimeout(30_000));
        page.waitForSelector("[data-testid=side-odds][data-chance]");
        String first = page.locator("[data-testid=side-odds]").first().getAttribute("data-chance");
        page.waitForFunction(
                "first => document.querySelector('[data-testid=side-odds]').dataset.chance !== first",
                first,
                new Page.WaitForFunctionOptions().setTimeout(30_000));
        Chromium.screenshot(page, "simulation-scoreboard.png");
        battles.end(id);

        page.getByTestId("rematch").click();
        page.waitForURL(BASE + "/battles/simulate?rematch=" + id);
        assertThat(page.getByTestId("simulation-side-0")
                        .getByTestId("simulation-label")
                        .inputValue())
                .isEqualTo("Sniper 狙击手 🎯");
        assertThat(page.getByTestId("simulation-side-1")
                        .getByTestId("simulation-strategy")
                        .inputValue())
                .isEqualTo("REACTIVE");
        assertThat(page.getByTestId("simulation-crowd").inputValue()).isEqualTo("TYPICAL");
        assertThat(page.getByTestId("simulation-title").inputValue()).isEmpty();
    }

    @Test
    void explainsBadSimulationInputNextToTheField() {
        signInAs("ava.sparks");
        page.navigate(BASE + "/battles/simulate");
        page.getByTestId("simulation-side-1").getByTestId("simulation-budget").fill("5");
        page.getByTestId("simulation-side-0").getByTestId("simulation-label").fill("");
        page.getByTestId("start-simulation").click();

        page.waitForSelector("[data-testid=simulation-form] .field-error");
        assertThat(page.locator("[data-testid=simulation-side-0] .field-error").textContent())
                .isEqualTo("Enter a name of 1 to 100 characters.");
        assertThat(page.locator("[data-testid=simulation-side-1] .field-error").textContent())
                .isEqualTo("Enter a whole number from 100 to 10,000,000 coins.");
    }

    @Test
    void explainsBadInputNextToTheField() {
        signInAs("ava.sparks");
        page.navigate(BASE + "/battles/practice");
        page.getByTestId("practice-budget").fill("5");
        page.getByTestId("start-practice").click();

        page.waitForSelector("[data-testid=practice-form] .field-error");
        assertThat(page.locator(".field-error").first().textContent())
                .isEqualTo("Enter a whole number from 100 to 10,000,000 coins.");
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
}
