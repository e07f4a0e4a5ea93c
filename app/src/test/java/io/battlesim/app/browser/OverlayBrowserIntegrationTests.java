package io.battlesim.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.battlesim.app.battle.BattleAudience;
import io.battlesim.app.battle.BattleManagement;
import io.battlesim.app.battle.BattleRules;
import io.battlesim.app.battle.BattleSetup;
import io.battlesim.app.battle.BattleView;
import io.battlesim.app.battle.RoomBinding;
import io.battlesim.app.battle.SideSetup;
import io.battlesim.app.battle.SourceKind;
import io.battlesim.app.scoreboard.stream.BattleBroadcasters;
import io.battlesim.engine.audience.AudienceRules;
import io.battlesim.engine.audience.BoosterGoal;
import io.battlesim.engine.powerup.PowerUpKind;
import io.battlesim.engine.powerup.TriggeredBy;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import javax.imageio.ImageIO;
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
 * The OBS overlay and the scoreboard in a real browser (Debian's Chromium driven by Playwright) against the app
 * in emulator mode: a gift posted to the ingest API shows on the overlay within a second, the winner banner
 * appears at the end, and hostile nicknames stay text. Screenshots go to {@code <build dir>/screenshots/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT)
class OverlayBrowserIntegrationTests {

    private static final int PORT = TestSocketUtils.findAvailableTcpPort();
    private static final String BASE = "http://localhost:" + PORT;
    private static final String XSS = "<img src=x onerror=alert(1)>";

    private static Chromium chromium;
    private static Browser browser;

    @Autowired
    private BattleManagement battles;

    @Autowired
    private BattleBroadcasters broadcasters;

    @Autowired
    private BattleAudience audience;

    private final HttpClient http = HttpClient.newHttpClient();
    private BrowserContext context;
    private CspViolations csp;
    private Page page;
    private int events;
    private final List<String> alerts = new java.util.concurrent.CopyOnWriteArrayList<>();

    @DynamicPropertySource
    static void server(DynamicPropertyRegistry registry) throws IOException {
        Chromium.serve(registry, "overlay-browser", PORT, BASE);
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
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1920, 1080));
        context.setDefaultTimeout(15_000);
        csp = CspViolations.watch(context);
        page = context.newPage();
        page.onPageError(error -> System.err.println("page error: " + error));
        page.onConsoleMessage(message -> System.err.println("console: " + message.text()));
        page.onResponse(response -> {
            if (response.status() >= 400) {
                System.err.println("response: " + response.status() + " " + response.url());
            }
        });
        page.onDialog(dialog -> {
            if (dialog.type().equals("confirm")) {
                dialog.accept();
            } else {
                alerts.add(dialog.message());
                dialog.dismiss();
            }
        });
    }

    @AfterEach
    void closePage() {
        context.close();
        csp.assertNone(); // GH-10
        assertThat(alerts).as("alerts raised by page scripts").isEmpty();
    }

    @Test
    void showsEachSidesChanceOfWinningWithOddsOnAndMovesItWithTheLead() throws Exception {
        BattleView battle = ingestBattle(Duration.ofSeconds(30));
        page.navigate(BASE + "/overlay/" + battle.overlayToken() + "?odds=1");
        page.waitForSelector("[data-overlay][data-connection=live]");
        page.waitForFunction("() => document.querySelector('[data-side-index=\"0\"] [data-testid=overlay-odds]')"
                + ".textContent.endsWith('% to win')");
        double before = Double.parseDouble(page.locator("[data-side-index=\"0\"] [data-testid=overlay-odds]")
                .getAttribute("data-chance"));

        ingest(battle, gift("Big Fan", "ava.sparks", 7934, "Lion", 29999, 3));

        page.waitForFunction("() => Number(document.querySelector('[data-side-index=\"0\"] [data-testid=overlay-odds]')"
                + ".dataset.chance) > 0.9");
        assertThat(before).isBetween(0.4, 0.6);
        assertThat(page.locator("[data-side-index=\"1\"] [data-testid=overlay-odds]")
                        .textContent())
                .matches("\\d{1,2}% to win");
        screenshot("overlay-odds.png");
    }

    @Test
    void showsAnIngestedGiftWithinOneSecondAndTheWinnerAtTheEnd() throws Exception {
        BattleView battle = ingestBattle(Duration.ofSeconds(8));
        page.navigate(BASE + "/overlay/" + battle.overlayToken() + "?theme=dark");
        page.waitForSelector("[data-overlay][data-connection=live]");
        assertThat(scores()).containsExactly("0", "0");

        HttpResponse<String> answer = ingest(battle, gift(XSS, "ava.sparks", 6267, "Corgi", 299));
        long answered = System.nanoTime();

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("accepted");
        double budget = Math.max(1, 1000 - (System.nanoTime() - answered) / 1_000_000.0);
        page.waitForFunction(
                "() => document.querySelector('[data-side-index=\"0\"] [data-testid=overlay-score]')"
                        + ".textContent === '299'",
                null,
                new Page.WaitForFunctionOptions().setTimeout(budget).setPollingInterval(10));

        page.waitForFunction(
                "nick => [...document.querySelectorAll('[data-testid=overlay-alert] .gift-sender')]"
                        + ".some(e => e.textContent === nick)",
                XSS);
        assertThat(page.locator("img[src=x]").count()).isZero();
        screenshotOverCheckerboard("overlay-dark.png");

        page.waitForFunction(
                "() => { const b = document.querySelector('[data-testid=overlay-winner]');"
                        + " return b && b.offsetParent !== null && b.textContent === 'Ava Sparks wins!'; }",
                null,
                new Page.WaitForFunctionOptions().setTimeout(20_000));
        screenshotOverCheckerboard("overlay-winner.png");
    }

    @Test
    void rendersTheScoreboardWithLiveGiftsAsText() throws Exception {
        BattleView battle = ingestBattle(Duration.ofMinutes(5));
        ingest(battle, gift("Luna Fan", "ava.sparks", 5767, "Private Jet", 4888));
        ingest(battle, gift("Night Owl", "leo.beats", 6466, "Lion", 29999));
        page.setViewportSize(1280, 900);
        page.navigate(BASE + "/battles/" + battle.id());
        page.waitForSelector("[data-connection][data-state=live]");

        assertThat(page.locator("[data-testid=gift-feed] [data-testid=gift-sender]")
                        .allTextContents())
                .containsExactly("Night Owl", "Luna Fan");
        ingest(battle, gift(XSS, "ava.sparks", 7168, "Money Gun", 500));

        page.waitForFunction(
                "nick => [...document.querySelectorAll('[data-testid=gift-feed] [data-testid=gift-sender]')]"
                        + ".some(e => e.textContent === nick)",
                XSS);
        page.waitForFunction(
                "nick => [...document.querySelectorAll('[data-testid=top-gifters] .gifter-name')]"
                        + ".some(e => e.textContent === nick)",
                XSS);
        assertThat(page.locator("img[src=x]").count()).isZero();
        battles.triggerPowerUp(battle.id(), sideId(battle, 1), PowerUpKind.BOOSTING_GLOVE, TriggeredBy.CREATOR);
        battles.triggerPowerUp(battle.id(), sideId(battle, 0), PowerUpKind.MAGIC_MIST, TriggeredBy.CREATOR);
        page.waitForFunction(
                "() => document.querySelector('[data-side-index=\"0\"] [data-score]').textContent === '???'");
        screenshot("scoreboard.png");

        page.setViewportSize(1920, 1080);
        page.navigate(BASE + "/overlay/" + battle.overlayToken() + "?theme=neon");
        page.waitForSelector("[data-overlay][data-connection=live]");
        screenshotOverCheckerboard("overlay-neon.png");
        page.navigate(BASE + "/overlay/" + battle.overlayToken() + "?theme=light&layout=bar");
        page.waitForSelector("[data-overlay][data-connection=live]");
        screenshotOverCheckerboard("overlay-light-bar.png");
    }

    @Test
    void followsARunOfGiftsByScoreEventsAndThenShowsTheirTopGifter() throws Exception {
        BattleView battle = ingestBattle(Duration.ofMinutes(5));
        page.addInitScript("window.sseEvents = {};"
                + " const add = EventSource.prototype.addEventListener;"
                + " EventSource.prototype.addEventListener = function (type, listener, options) {"
                + "   return add.call(this, type, (e) => {"
                + "     window.sseEvents[type] = (window.sseEvents[type] || 0) + 1; listener(e); }, options); };");
        page.setViewportSize(1280, 900);
        page.navigate(BASE + "/battles/" + battle.id());
        page.waitForSelector("[data-connection][data-state=live]");

        for (int i = 0; i < 10; i++) {
            ingest(battle, gift(i == 9 ? "Closer" : "Runner " + i, "leo.beats", 6267, "Corgi", 299 + i));
            Thread.sleep(60);
        }

        page.waitForFunction(
                "() => document.querySelector('[data-side-index=\"1\"] [data-score]').textContent === '3,035'");
        assertThat((Integer) page.evaluate("() => window.sseEvents.score || 0"))
                .as("scores between whole scoreboards")
                .isPositive();
        page.waitForFunction(
                "() => [...document.querySelectorAll('[data-side-index=\"1\"] [data-testid=top-gifters] .gifter-name')]"
                        + ".some(e => e.textContent === 'Closer')");
    }

    @Test
    void reconnectsByItselfAndShowsEveryGiftItMissed() throws Exception {
        BattleView battle = ingestBattle(Duration.ofMinutes(5));
        page.navigate(BASE + "/overlay/" + battle.overlayToken());
        page.waitForSelector("[data-overlay][data-connection=live]");
        page.evaluate("() => { window.alertsShown = [];"
                + " new MutationObserver(() => document.querySelectorAll('[data-alert] .gift-sender')"
                + ".forEach(e => window.alertsShown.push(e.textContent)))"
                + ".observe(document.querySelector('[data-alert]'), { childList: true }); }");

        page.route("**/stream**", route -> route.abort());
        assertThat(broadcasters.disconnectAll(battle.id())).isTrue();
        page.waitForSelector("[data-overlay][data-connection=reconnecting]");
        List<String> missed = List.of("Missed 1", "Missed 2", "Missed 3");
        for (String nickname : missed) {
            ingest(battle, gift(nickname, "leo.beats", 6267, "Corgi", 299));
        }
        page.unroute("**/stream**");

        page.waitForFunction(
                "() => document.querySelector('[data-side-index=\"1\"] [data-testid=overlay-score]')"
                        + ".textContent === '897'",
                null,
                new Page.WaitForFunctionOptions().setTimeout(30_000));
        page.waitForFunction(
                "names => names.every(name => window.alertsShown.includes(name))",
                missed,
                new Page.WaitForFunctionOptions().setTimeout(30_000));
    }

    @Test
    void laysOutAFreeForAllOfFourSidesWithABigGiftAlert() throws Exception {
        List<String> creators = List.of("ava.sparks", "leo.beats", "mia.moves", "luna.sings");
        BattleView created = battles.create(new BattleSetup(
                "Free for all",
                creators.stream()
                        .map(name -> new SideSetup(name, List.of(RoomBinding.host(name, name, name))))
                        .toList(),
                new BattleRules(Duration.ofMinutes(5), null, 0, EnumSet.allOf(PowerUpKind.class)),
                SourceKind.INGEST,
                null));
        BattleView battle = battles.start(created.id());
        ingest(battle, gift("Big Spender", "mia.moves", 6645, "TikTok Universe", 44999));
        page.navigate(BASE + "/overlay/" + battle.overlayToken());
        page.waitForSelector("[data-overlay][data-connection=live]");

        ingest(battle, gift("Rocket Fan", "luna.sings", 5777, "Rocket", 20000));

        page.waitForFunction("() => document.querySelector('[data-testid=overlay-alert] .gift-huge') !== null");
        assertThat(scores()).containsExactly("0", "0", "44,999", "20,000");
        screenshotOverCheckerboard("overlay-four-sides.png");
        page.setViewportSize(390, 844);
        page.navigate(BASE + "/battles/" + battle.id());
        page.waitForSelector("[data-connection][data-state=live]");
        screenshot("scoreboard-mobile.png");
    }

    @Test
    void showsFourSidesWithLongNamesAndSevenDigitScoresWhollyOnAVerticalSource() throws Exception { // GH-15
        List<String> creators = List.of("ava.sparks", "leo.beats", "mia.moves", "luna.sings");
        List<String> labels = List.of(
                "Ava ✨ Sparks and the very long team name",
                "雷奥 Beats 🎧 超级长的队伍名字在这里",
                "Mia Moves 💃 with friends from far away",
                "Luna Sings 🌙 and the night owls club");
        BattleView battle = battle(creators, labels);
        ingest(
                battle,
                gift("Whale 🐳 with a name longer than any screen", "mia.moves", 6645, "TikTok Universe", 44999, 100));
        ingest(battle, gift("小龙 Fan", "luna.sings", 5777, "Rocket", 20000, 150));
        page.setViewportSize(1080, 1920);

        page.navigate(BASE + "/overlay/" + battle.overlayToken());
        page.waitForSelector("[data-overlay][data-connection=live]");
        ingest(battle, gift("Late Fan 🎉", "ava.sparks", 6645, "TikTok Universe", 44999, 50));
        page.waitForFunction("() => document.querySelector('[data-testid=overlay-alert] .gift-huge') !== null");

        assertThat(page.evaluate("() => document.documentElement.className"))
                .asString()
                .contains("layout-vertical");
        assertThat(scores()).containsExactly("2.2M", "0", "4.5M", "3M");
        assertWhollyInside("[data-overlay] .side", 1080, 1920);
        assertWhollyInside("[data-overlay] .bar", 1080, 1920);
        assertWhollyInside("[data-testid=overlay-alert] .alert", 1080, 1920);
        assertThat(page.evaluate("() => [...document.querySelectorAll('[data-testid=overlay-score]')]"
                        + ".every(s => s.scrollWidth <= s.clientWidth)"))
                .as("no score is cut")
                .isEqualTo(true);
        screenshotOverCheckerboard("overlay-vertical-four-sides.png");

        battles.end(battle.id());
        page.waitForFunction("() => document.querySelector('[data-testid=overlay-winner]').textContent.length > 0");
        assertWhollyInside("[data-result]", 1080, 1920);
        screenshotOverCheckerboard("overlay-vertical-winner.png");
    }

    @Test
    void placesTheVerticalAndBarLayoutsAtTheBottomAndKeepsAScaledOverlayCentred() throws Exception { // GH-15
        BattleView battle = ingestBattle(Duration.ofMinutes(5));
        ingest(battle, gift("Luna Fan", "ava.sparks", 5767, "Private Jet", 4888));
        page.setViewportSize(1080, 1920);

        page.navigate(BASE + "/overlay/" + battle.overlayToken() + "?layout=vertical&position=bottom");
        page.waitForSelector("[data-overlay][data-connection=live]");
        Box board = box(".board");
        assertThat(board.bottom()).isBetween(1500.0, 1920.0);
        assertThat(board.centre()).isCloseTo(540.0, org.assertj.core.data.Offset.offset(1.0));
        screenshotOverCheckerboard("overlay-vertical-bottom.png");

        page.navigate(BASE + "/overlay/" + battle.overlayToken() + "?layout=vertical&scale=0.5");
        page.waitForSelector("[data-overlay][data-connection=live]");
        assertThat(box(".board").centre()).isCloseTo(540.0, org.assertj.core.data.Offset.offset(1.0));
        assertThat(box(".board").width()).isCloseTo(504.0, org.assertj.core.data.Offset.offset(2.0));

        page.setViewportSize(1920, 1080);
        page.navigate(BASE + "/overlay/" + battle.overlayToken() + "?scale=0.5");
        page.waitForSelector("[data-overlay][data-connection=live]");
        assertThat(page.evaluate("() => document.documentElement.className"))
                .asString()
                .contains("layout-full");
        assertThat(box(".board").centre()).isCloseTo(960.0, org.assertj.core.data.Offset.offset(1.0));
        screenshotOverCheckerboard("overlay-scaled-centred.png");

        page.navigate(BASE + "/overlay/" + battle.overlayToken() + "?layout=bar&position=bottom");
        page.waitForSelector("[data-overlay][data-connection=live]");
        assertThat(box(".board").bottom()).isBetween(1000.0, 1080.0);

        page.setViewportSize(1280, 720);
        page.navigate(BASE + "/overlay/" + battle.overlayToken());
        page.waitForSelector("[data-overlay][data-connection=live]");
        assertWhollyInside("[data-overlay] .side", 1280, 720);
        assertThat(box(".board").centre()).isCloseTo(640.0, org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void meetsWcagAaContrastInEveryTheme() throws Exception { // GH-15
        BattleView battle = ingestBattle(Duration.ofMinutes(5));
        ingest(battle, gift("Night Owl", "leo.beats", 6466, "Lion", 29999));
        battles.triggerPowerUp(battle.id(), sideId(battle, 0), PowerUpKind.MAGIC_MIST, TriggeredBy.CREATOR);

        for (String theme : List.of("dark", "light", "neon")) {
            page.navigate(BASE + "/overlay/" + battle.overlayToken() + "?theme=" + theme);
            page.waitForSelector("[data-overlay][data-connection=live]");
            ingest(battle, gift("Luna Fan", "ava.sparks", 5655, "Rose", 1, 199));
            page.waitForSelector("[data-testid=overlay-alert] .gift-coins");

            assertThat(page.evaluate(CONTRAST_FAILURES, TEXT))
                    .as("text below WCAG AA contrast in the %s theme", theme)
                    .asList()
                    .isEmpty();
            screenshotOverCheckerboard("overlay-contrast-" + theme + ".png");
        }
    }

    @Test
    void showsTheAudienceBelowTheBoardWithTheBoosterViewersFiredAndAloneWithItsQrCode() throws Exception {
        BattleView battle = audienceBattle(List.of("Ava Sparks", XSS));
        page.navigate(BASE + "/overlay/" + battle.overlayToken() + "?theme=dark");
        page.waitForSelector("[data-overlay][data-connection=live]");
        assertThat(page.locator("[data-testid=overlay-audience]").isVisible()).isTrue();

        for (int voter = 0; voter < 3; voter++) {
            vote(battle, voter, 0, PowerUpKind.BOOSTING_GLOVE);
        }
        vote(battle, 3, 1, null);

        page.waitForFunction("() => document.querySelector('[data-testid=overlay-audience-fired]').textContent"
                + " === \"Boosting Glove for Ava Sparks, fired by viewers' votes!\"");
        assertThat(page.locator("[data-overlay] .vote-label").allTextContents()).containsExactly("Ava Sparks", XSS);
        assertThat(page.locator("[data-overlay] .vote-count").allTextContents()).containsExactly("3 · 75%", "1 · 25%");
        assertThat(page.getByTestId("overlay-audience-chat").textContent())
                .isEqualTo("In the LIVE chat: !vote A · !boost glove A · #A (A = Ava Sparks, B = " + XSS + ")");
        assertThat(page.locator("img[src=x]").count()).isZero();
        ingest(battle, gift("Late Fan", "ava.sparks", 6267, "Corgi", 299));
        page.waitForSelector("[data-testid=overlay-alert] .alert");
        assertThat(box("[data-testid=overlay-alert] .alert").y())
                .as("the gift alert below the audience widgets")
                .isGreaterThanOrEqualTo(box(".audience-box").bottom());
        assertThat(box(".audience-box").y())
                .isGreaterThanOrEqualTo(box(".board .bar").bottom());
        screenshotOverCheckerboard("overlay-audience.png");

        for (String theme : List.of("dark", "light", "neon")) {
            page.navigate(BASE + "/overlay/" + battle.overlayToken() + "?qr=1&theme=" + theme);
            page.waitForSelector("[data-overlay][data-connection=live] .vote-row");
            assertThat(page.evaluate(CONTRAST_FAILURES, AUDIENCE_TEXT))
                    .as("audience text below WCAG AA contrast in the %s theme", theme)
                    .asList()
                    .isEmpty();
        }
        screenshotOverCheckerboard("overlay-audience-qr-neon.png");
        page.navigate(BASE + "/overlay/" + battle.overlayToken() + "?layout=bar&position=bottom&qr=1");
        page.waitForSelector("[data-overlay][data-connection=live] .vote-row");
        assertThat(box(".audience-box").bottom()).isLessThanOrEqualTo(1080.0);
        screenshotOverCheckerboard("overlay-audience-bar-bottom.png");

        page.setViewportSize(1080, 1920);
        page.navigate(BASE + "/overlay/" + battle.overlayToken() + "?qr=1");
        page.waitForSelector("[data-overlay][data-connection=live] .vote-row");
        assertWhollyInside(".audience-box", 1080, 1920);
        assertWhollyInside("[data-testid=overlay-qr]", 1080, 1920);
        screenshotOverCheckerboard("overlay-audience-vertical.png");

        page.setViewportSize(720, 1080);
        page.navigate(BASE + "/overlay/" + battle.overlayToken() + "?layout=audience&qr=1&theme=light");
        page.waitForSelector("[data-overlay][data-connection=live] .vote-row");
        assertThat(page.locator(".board-row").isVisible()).isFalse();
        assertThat(page.locator(".board .bar").isVisible()).isFalse();
        assertThat(page.getByTestId("overlay-qr").isVisible()).isTrue();
        assertThat(page.locator("[data-testid=overlay-qr] img").getAttribute("src"))
                .isEqualTo("/v/" + battle.id() + "/qr.svg");
        assertThat(page.getByTestId("overlay-qr").textContent()).contains("Vote: scan me", "/v/" + battle.id());
        assertWhollyInside(".audience-box", 720, 1080);
        assertWhollyInside("[data-testid=overlay-qr]", 720, 1080);
        screenshotOverCheckerboard("overlay-audience-layout.png");
    }

    @Test
    void showsNoAudienceWhileVotingIsOffAndNobodyVoted() throws Exception {
        BattleView battle = ingestBattle(Duration.ofMinutes(5));

        page.navigate(BASE + "/overlay/" + battle.overlayToken() + "?qr=1");
        page.waitForSelector("[data-overlay][data-connection=live]");

        assertThat(page.locator("[data-testid=overlay-audience]").isVisible()).isFalse();
        assertThat(page.getByTestId("overlay-qr").isVisible()).isFalse();
    }

    /** The audience widgets' text, the banner of a fired booster and the QR code's caption. */
    private static final String AUDIENCE_TEXT =
            ".vote-label, .vote-count, .goal-name, .goal-count, .audience-chat, .audience-fired, .qr-title, .qr-link";

    /** A running ingest battle of ava.sparks and leo.beats with audience voting on and a glove after 3 votes. */
    private BattleView audienceBattle(List<String> labels) {
        AudienceRules standard = AudienceRules.standard();
        var goals = new java.util.EnumMap<>(standard.boosters());
        goals.put(PowerUpKind.BOOSTING_GLOVE, new BoosterGoal(3, Duration.ofMinutes(1)));
        AudienceRules rules = new AudienceRules(
                true,
                standard.voteWindow(),
                standard.votesPerWindow(),
                goals,
                true,
                standard.chatSyntax(),
                standard.likeGoal(),
                null);
        List<String> rooms = List.of("ava.sparks", "leo.beats");
        List<SideSetup> sides = new java.util.ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            sides.add(
                    new SideSetup(labels.get(i), List.of(RoomBinding.host(rooms.get(i), rooms.get(i), rooms.get(i)))));
        }
        BattleView created = battles.create(new BattleSetup(
                "Audience battle",
                sides,
                new BattleRules(Duration.ofMinutes(5), null, 0, EnumSet.allOf(PowerUpKind.class), rules),
                SourceKind.INGEST,
                null));
        return battles.start(created.id());
    }

    private void vote(BattleView battle, int voter, int side, @org.jspecify.annotations.Nullable PowerUpKind booster) {
        var answer = audience.vote(
                battle.id(), "browser-vote-" + System.nanoTime(), "web:viewer-" + voter, sideId(battle, side), booster);
        assertThat(answer.counted()).as("vote %s: %s", voter, answer.reason()).isTrue();
    }

    /** The overlay's text: every label, number and alert line a viewer reads. */
    private static final String TEXT = ".side-label, .side-score, .gifter-name, .gifter-coins, .timer,"
            + " .alert .gift-sender, .alert .gift-name, .alert .gift-coins, .snipes li, .result-detail";

    /**
     * The WCAG 2 contrast of each element's text against the first background colour behind it, that colour laid
     * over black and over white (the panels are translucent over any video); large text (24 px, or 18.66 px bold)
     * needs 3:1, other text 4.5:1. Answers the failures.
     */
    private static final String CONTRAST_FAILURES = """
            selector => {
              const parse = (c) => {
                const srgb = c.match(/color\\(srgb ([^)]+)\\)/);
                const parts = (srgb ? srgb[1] : c.replace(/^rgba?\\(|\\)$/g, '')).split(/[\\s,\\/]+/)
                    .filter(Boolean).map(Number);
                const rgb = srgb ? parts.slice(0, 3).map((v) => v * 255) : parts.slice(0, 3);
                return [...rgb, parts.length > 3 ? parts[3] : 1];
              };
              const over = (top, below) => top.slice(0, 3).map((v, i) => v * top[3] + below[i] * (1 - top[3]));
              const luminance = (rgb) => rgb.map((v) => v / 255)
                  .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
                  .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
              const ratio = (a, b) => {
                const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
                return (hi + 0.05) / (lo + 0.05);
              };
              const background = (element) => {
                for (let e = element; e; e = e.parentElement) {
                  const colour = parse(getComputedStyle(e).backgroundColor);
                  if (colour[3] > 0) return colour;
                }
                return [0, 0, 0, 0];
              };
              const failures = [];
              for (const element of document.querySelectorAll(selector)) {
                if (!element.textContent.trim() || element.getClientRects().length === 0) continue;
                const style = getComputedStyle(element);
                const size = parseFloat(style.fontSize);
                const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
                const needed = large ? 3 : 4.5;
                for (const video of [[0, 0, 0], [255, 255, 255]]) {
                  const behind = over(background(element), video);
                  const text = over(parse(style.color), behind);
                  const contrast = ratio(text, behind);
                  if (contrast < needed) {
                    failures.push(`${element.className || element.tagName} "${element.textContent.trim()}" `
                        + `${style.color}: ${contrast.toFixed(2)} < ${needed} over ${video}`);
                  }
                }
              }
              return failures;
            }""";

    private record Box(double x, double y, double width, double height) {
        double bottom() {
            return y + height;
        }

        double centre() {
            return x + width / 2;
        }
    }

    private Box box(String selector) {
        var box = page.locator(selector).first().boundingBox();
        assertThat(box).as(selector).isNotNull();
        return new Box(box.x, box.y, box.width, box.height);
    }

    /** Every element matching {@code selector} lies wholly within the browser source of that size. */
    private void assertWhollyInside(String selector, int width, int height) {
        List<Box> boxes = page.locator(selector).all().stream()
                .map(element -> element.boundingBox())
                .map(box -> new Box(box.x, box.y, box.width, box.height))
                .toList();
        assertThat(boxes).as(selector).isNotEmpty().allSatisfy(box -> {
            assertThat(box.x()).as("%s left", selector).isGreaterThanOrEqualTo(0);
            assertThat(box.y()).as("%s top", selector).isGreaterThanOrEqualTo(0);
            assertThat(box.x() + box.width()).as("%s right", selector).isLessThanOrEqualTo(width);
            assertThat(box.bottom()).as("%s bottom", selector).isLessThanOrEqualTo(height);
        });
    }

    @Test
    void startsABattleFromTheFormEndsItAndListsItInTheHistory() throws Exception {
        page.setViewportSize(1280, 900);
        signInAs("mia.moves");
        page.navigate(BASE + "/battles/new");
        assertThat(page.getByTestId("creator-0-0").inputValue()).isEqualTo("mia.moves");
        page.getByTestId("creator-0-0").fill("");
        page.locator("[data-suggest='ava.sparks']").click();
        assertThat(page.getByTestId("creator-0-0").inputValue()).isEqualTo("ava.sparks");
        page.getByTestId("creator-1-0").fill("omar.cooks");
        page.getByTestId("start-battle").click();

        assertThat(page.getByTestId("creator-error-1-0").textContent()).isEqualTo("@omar.cooks is not LIVE right now.");
        screenshot("start-battle-errors.png");

        page.getByTestId("creator-1-0").fill("leo.beats");
        page.getByTestId("start-battle").click();
        page.waitForURL(url -> url.matches(".*/battles/[a-z0-9]+$"));
        assertThat(page.getByTestId("side-label").allTextContents()).containsExactly("Ava Sparks", "Leo Beats");
        page.waitForSelector("[data-connection][data-state=live]");
        screenshot("scoreboard-live-api.png");

        page.getByTestId("end-battle").click();
        page.waitForFunction("() => { const b = document.querySelector('[data-testid=winner-banner]');"
                + " return b && b.offsetParent !== null && b.textContent.length > 0; }");
        screenshot("scoreboard-ended.png");

        page.navigate(BASE + "/battles");
        assertThat(page.getByTestId("finished-battles").textContent()).contains("Ava Sparks vs Leo Beats");
        screenshot("history.png");
    }

    /** Connect TikTok, approve as a sandbox creator on the emulator, consent: starting a battle needs a creator. */
    private void signInAs(String username) {
        page.navigate(BASE + "/");
        page.getByTestId("connect-tiktok").click();
        page.waitForURL("**/emulator/v2/auth/authorize/**");
        page.locator("input[name=account][value='" + username + "']").check();
        page.locator("#approve").click();
        page.waitForURL("**/auth/consent**");
        page.getByTestId("consent-age").check();
        page.getByTestId("consent-data").check();
        page.getByTestId("consent-accept").click();
        page.waitForURL(BASE + "/");
    }

    @Test
    void showsAPlainNotFoundOverlayForAnUnknownToken() throws Exception {
        var response = page.navigate(BASE + "/overlay/no-such-token");

        assertThat(response.status()).isEqualTo(404);
        assertThat(page.getByTestId("overlay-not-found").textContent()).isEqualTo("Overlay not found");
        Object background = page.evaluate("() => getComputedStyle(document.body).backgroundColor");
        assertThat(background).isEqualTo("rgba(0, 0, 0, 0)");
    }

    private BattleView battle(List<String> creators, List<String> labels) {
        List<SideSetup> sides = new java.util.ArrayList<>();
        for (int i = 0; i < creators.size(); i++) {
            String name = creators.get(i);
            sides.add(new SideSetup(labels.get(i), List.of(RoomBinding.host(name, name, name))));
        }
        BattleView created = battles.create(new BattleSetup(
                "Free for all",
                sides,
                new BattleRules(Duration.ofMinutes(5), null, 0, EnumSet.allOf(PowerUpKind.class)),
                SourceKind.INGEST,
                null));
        return battles.start(created.id());
    }

    private BattleView ingestBattle(Duration duration) {
        BattleView created = battles.create(new BattleSetup(
                "Ava vs Leo",
                List.of(
                        new SideSetup(
                                "Ava Sparks", List.of(RoomBinding.host("ava.sparks", "ava.sparks", "ava.sparks"))),
                        new SideSetup("Leo Beats", List.of(RoomBinding.host("leo.beats", "leo.beats", "leo.beats")))),
                new BattleRules(duration, null, 0, EnumSet.allOf(PowerUpKind.class)),
                SourceKind.INGEST,
                null));
        return battles.start(created.id());
    }

    private String sideId(BattleView battle, int index) {
        return battle.snapshot().sides().get(index).id();
    }

    private List<String> scores() {
        return page.locator("[data-testid=overlay-score]").allTextContents();
    }

    /** One gift in TikTok-Live-Connector's flat shape, final at once (type 2). */
    private String gift(String nickname, String room, int giftId, String giftName, int coins) {
        return gift(nickname, room, giftId, giftName, coins, 1);
    }

    /** {@code count} of one gift at once (type 2). */
    private String gift(String nickname, String room, int giftId, String giftName, int coins, int count) {
        events++;
        String escaped = nickname.replace("\\", "\\\\").replace("\"", "\\\"");
        return """
                [{"type":"gift","msgId":"browser-%d-%d","userId":"fan-%d","uniqueId":"fan%d","nickname":"%s",
                  "roomId":"%s","giftId":%d,"giftName":"%s","giftType":2,"diamondCount":%d,"repeatCount":%d,
                  "repeatEnd":false}]""".formatted(System.nanoTime(), events, events, events, escaped, room, giftId, giftName, coins, count);
    }

    private HttpResponse<String> ingest(BattleView battle, String json) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(BASE + "/api/battles/" + battle.id() + "/events"))
                        .header("Content-Type", "application/json")
                        .header("X-Ingest-Key", battles.ingestKey(battle.id()))
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void screenshot(String name) {
        Chromium.screenshot(page, name);
    }

    /** The page with its real transparency (alpha) drawn over a checkerboard, as OBS would show it over video. */
    private void screenshotOverCheckerboard(String name) throws IOException {
        byte[] png = page.screenshot(new Page.ScreenshotOptions().setOmitBackground(true));
        BufferedImage overlay = ImageIO.read(new ByteArrayInputStream(png));
        BufferedImage board = new BufferedImage(overlay.getWidth(), overlay.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = board.createGraphics();
        for (int y = 0; y < board.getHeight(); y += 40) {
            for (int x = 0; x < board.getWidth(); x += 40) {
                graphics.setColor(((x + y) / 40) % 2 == 0 ? new Color(0x9a9aa6) : new Color(0x6c6c78));
                graphics.fillRect(x, y, 40, 40);
            }
        }
        graphics.drawImage(overlay, 0, 0, null);
        graphics.dispose();
        Path target = Chromium.screenshots().resolve(name);
        Files.createDirectories(target.getParent());
        ImageIO.write(board, "png", target.toFile());
    }
}
