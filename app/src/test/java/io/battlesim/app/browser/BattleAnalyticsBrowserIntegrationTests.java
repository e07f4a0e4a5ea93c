package io.battlesim.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.battlesim.app.battle.BattleManagement;
import io.battlesim.app.battle.BattleRules;
import io.battlesim.app.battle.BattleSetup;
import io.battlesim.app.battle.BattleView;
import io.battlesim.app.battle.RoomBinding;
import io.battlesim.app.battle.SideSetup;
import io.battlesim.app.battle.SourceKind;
import io.battlesim.app.leaderboard.Leaderboards;
import io.battlesim.app.leaderboard.Window;
import io.battlesim.engine.powerup.PowerUpKind;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
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
 * A finished battle's analytics in a real browser (Debian's Chromium through Playwright): the score chart drawn by
 * Chart.js with data, the leaderboard with the right top gifter, the replay playing the battle back on the scoreboard,
 * the creator's analytics, and both pages on a phone, all within the Content-Security-Policy. Screenshots go to
 * {@code <build dir>/screenshots/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT)
class BattleAnalyticsBrowserIntegrationTests {

    private static final int PORT = TestSocketUtils.findAvailableTcpPort();
    private static final String BASE = "http://localhost:" + PORT;
    private static final String XSS = "<img src=x onerror=alert(1)>";

    private static Chromium chromium;
    private static Browser browser;

    @Autowired
    private BattleManagement battles;

    @Autowired
    private Leaderboards boards;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> alerts = new java.util.concurrent.CopyOnWriteArrayList<>();
    private BrowserContext context;
    private CspViolations csp;
    private Page page;
    private int events;

    @DynamicPropertySource
    static void server(DynamicPropertyRegistry registry) throws IOException {
        Chromium.serve(registry, "analytics-browser", PORT, BASE);
        registry.add("app.live.demo-battle", () -> "false");
        registry.add("app.leaderboard.refresh-interval", () -> "100ms");
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
    void showsAFinishedBattlesScoreChartLeaderboardAndReplay() throws Exception { // GH-12
        BattleView battle = finishedBattle("ava.sparks");

        page.navigate(BASE + "/battles/" + battle.id());
        page.getByTestId("analytics-link").click();
        page.waitForURL("**/battles/" + battle.id() + "/analytics");

        assertThat(page.getByTestId("analytics-title").textContent()).contains("Ava vs Leo");
        page.waitForFunction("() => window.Chart && Chart.getChart(document.querySelector('#score-chart'))");
        @SuppressWarnings("unchecked")
        List<Integer> points =
                (List<Integer>) page.evaluate("() => Chart.getChart(document.querySelector('#score-chart'))"
                        + ".data.datasets.map(d => d.data.length)");
        assertThat(points).hasSize(2).allSatisfy(count -> assertThat(count).isPositive());
        assertThat(page.locator("[data-testid=battle-leaderboard] [data-testid=board-nickname]")
                        .first()
                        .textContent())
                .isEqualTo("Top Fan");
        assertThat(page.getByTestId("snipe-rule").textContent()).contains("within reach");
        screenshot("analytics.png");

        List<String> start = page.getByTestId("replay-score").allTextContents();
        assertThat(start).containsExactly("0", "0");
        page.getByTestId("replay-speed").selectOption("20");
        page.getByTestId("replay-play").click();
        page.waitForFunction("() => [...document.querySelectorAll('[data-testid=replay-score]')]"
                + ".some(e => e.textContent !== '0')");
        page.waitForFunction(
                "() => { const b = document.querySelector('[data-replay] [data-result-title]');"
                        + " return b && b.offsetParent !== null && b.textContent === 'Ava Sparks wins!'; }",
                null,
                new Page.WaitForFunctionOptions().setTimeout(20_000));
        assertThat(page.getByTestId("replay-score").allTextContents()).containsExactly("3,799", "3,000");
        assertThat(page.locator("[data-replay-feed] li").allTextContents())
                .anySatisfy(text -> assertThat(text).contains(XSS));
        assertThat(page.locator("img[src=x]").count()).isZero();
        screenshot("analytics-replay-ended.png");

        page.getByTestId("replay-scrubber").fill("0");
        assertThat(page.getByTestId("replay-score").allTextContents()).containsExactly("0", "0");
        assertThat(page.locator("[data-replay] [data-result]").isHidden()).isTrue();
    }

    @Test
    void fitsAPhoneAndLinksToTheCreatorsAnalytics() throws Exception { // GH-12
        BattleView battle = finishedBattle("ava.phone");
        page.setViewportSize(390, 844);

        page.navigate(BASE + "/battles/" + battle.id() + "/analytics");
        page.waitForFunction("() => window.Chart && Chart.getChart(document.querySelector('#score-chart'))");
        assertThat(horizontalOverflow()).as("the page scrolls sideways").isLessThanOrEqualTo(0);
        Object chartWidth = page.evaluate("() => document.querySelector('#score-chart').getBoundingClientRect().width");
        assertThat(((Number) chartWidth).doubleValue()).isBetween(200.0, 390.0);
        screenshot("analytics-phone.png");

        page.locator("[data-testid=creator-analytics-link]").first().click();
        page.waitForURL("**/creators/ava.phone/analytics");
        page.waitForFunction("() => window.Chart && Chart.getChart(document.querySelector('#hours-chart'))");
        Object hours =
                page.evaluate("() => Chart.getChart(document.querySelector('#hours-chart')).data.datasets[0].data"
                        + ".reduce((a, b) => a + b, 0)");
        assertThat(((Number) hours).intValue()).isEqualTo(3);
        assertThat(page.getByTestId("creator-record").textContent()).isEqualTo("1 W · 0 L · 0 T");
        assertThat(horizontalOverflow()).isLessThanOrEqualTo(0);
        screenshot("creator-analytics-phone.png");
    }

    /** Ava Sparks and Leo Beats trade the lead; Top Fan gives most; ended early, its board filled. */
    private BattleView finishedBattle(String ava) throws Exception {
        BattleView created = battles.create(new BattleSetup(
                "Ava vs Leo",
                List.of(
                        new SideSetup("Ava Sparks", List.of(RoomBinding.host(ava, ava, ava))),
                        new SideSetup("Leo Beats", List.of(RoomBinding.host("leo.beats", "leo.beats", "leo.beats")))),
                new BattleRules(Duration.ofMinutes(5), null, 0, EnumSet.allOf(PowerUpKind.class)),
                SourceKind.INGEST,
                null));
        BattleView battle = battles.start(created.id());
        ingest(battle, gift(XSS, ava, 100));
        Thread.sleep(400);
        ingest(battle, gift("Leo Fan", "leo.beats", 3_000));
        Thread.sleep(400);
        ingest(battle, gift("Top Fan", ava, 3_200));
        Thread.sleep(400);
        ingest(battle, gift("Small Fan", ava, 499));
        battles.end(battle.id());
        await().atMost(Duration.ofSeconds(10))
                .until(() -> boards.battleGifters(battle.id(), 10).size() == 4
                        && boards.creator(ava, Window.ALL).isPresent());
        return battle;
    }

    private double horizontalOverflow() {
        return ((Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")).doubleValue();
    }

    /** One gift in TikTok-Live-Connector's flat shape, final at once (type 2). */
    private String gift(String nickname, String room, int coins) {
        events++;
        String escaped = nickname.replace("\\", "\\\\").replace("\"", "\\\"");
        return """
                [{"type":"gift","msgId":"analytics-%d-%d","userId":"fan-%d","uniqueId":"fan%d","nickname":"%s",
                  "roomId":"%s","giftId":%d,"giftName":"Gift %d","giftType":2,"diamondCount":%d,"repeatCount":1}]""".formatted(System.nanoTime(), events, events, events, escaped, room, 9000 + coins, coins, coins);
    }

    private void ingest(BattleView battle, String json) throws Exception {
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create(BASE + "/api/battles/" + battle.id() + "/events"))
                        .header("Content-Type", "application/json")
                        .header("X-Ingest-Key", battles.ingestKey(battle.id()))
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.body()).as(answer.body()).contains("\"accepted\":1");
    }

    private void screenshot(String name) {
        Chromium.screenshot(page, name);
    }
}
