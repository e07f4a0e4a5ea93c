package io.battlesim.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import io.battlesim.app.battle.BattleManagement;
import io.battlesim.app.battle.BattleRules;
import io.battlesim.app.battle.BattleSetup;
import io.battlesim.app.battle.BattleView;
import io.battlesim.app.battle.RoomBinding;
import io.battlesim.app.battle.SideSetup;
import io.battlesim.app.battle.SourceKind;
import io.battlesim.engine.powerup.PowerUpKind;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;

/**
 * The battle pages as creators and viewers meet them, in a real browser (Debian's Chromium driven by Playwright)
 * against the app in emulator mode: the start form's guest clash, its own username and Rematch, the end of a
 * battle seen live, snipes, the menu, and a phone's first screen. Screenshots go to {@code <build dir>/screenshots/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT)
class BattlePagesBrowserIntegrationTests {

    private static final int PORT = TestSocketUtils.findAvailableTcpPort();
    private static final String BASE = "http://localhost:" + PORT;
    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;

    private static Chromium chromium;
    private static Browser browser;

    @Autowired
    private BattleManagement battles;

    @Autowired
    private JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private BrowserContext context;
    private CspViolations csp;
    private Page page;
    private int events;

    @DynamicPropertySource
    static void server(DynamicPropertyRegistry registry) throws IOException {
        Chromium.serve(registry, "pages-browser", PORT, BASE);
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
        page.onDialog(dialog -> dialog.accept());
    }

    @AfterEach
    void closePage() {
        context.close();
        csp.assertNone();
    }

    @Test
    void explainsAGuestClashNextToTheFieldAndKeepsWhatWasTyped() throws Exception { // GH-15
        signInAs("mia.moves");
        page.navigate(BASE + "/battles/new");
        assertThat(page.getByTestId("creator-0-0").inputValue()).isEqualTo("mia.moves");

        page.getByTestId("creator-1-0").fill("noah.laughs");
        page.locator("input[name=title]").fill("Dance off 💃 舞蹈");
        page.getByTestId("start-battle").click();

        assertThat(page.getByTestId("creator-error-1-0").textContent())
                .isEqualTo("@noah.laughs is a guest in @mia.moves's LIVE right now, so both would score the same"
                        + " gifts: pick another creator.");
        assertThat(page.getByTestId("creator-1-0").inputValue()).isEqualTo("noah.laughs");
        assertThat(page.locator("input[name=title]").inputValue()).isEqualTo("Dance off 💃 舞蹈");
        screenshot("start-battle-guest-clash.png");
    }

    @Test
    void showsTheEndOfABattleLiveWithShareRematchAndTheFinalTopGifters() throws Exception { // GH-15
        signInAs("mia.moves");
        BattleView battle = battle(List.of("Ava Sparks", "Leo Beats"), Duration.ofMinutes(5), userIdOf("mia.moves"));
        ingest(battle, gift("Luna Fan", "ava.sparks", 5767, "Private Jet", 4888, 1));
        ingest(battle, gift("Night Owl", "leo.beats", 6466, "Lion", 29999, 1));
        page.navigate(BASE + "/battles/" + battle.id());
        page.waitForSelector("[data-connection][data-state=live]");
        assertThat(page.getByTestId("share-to-tiktok").isVisible()).isFalse();
        assertThat(page.getByTestId("controls").isVisible()).isTrue();

        page.getByTestId("end-battle").click();

        page.waitForSelector("[data-testid=share-to-tiktok]", new Page.WaitForSelectorOptions().setTimeout(10_000));
        assertThat(page.getByTestId("rematch").isVisible()).isTrue();
        assertThat(page.getByTestId("winner-banner").textContent()).isEqualTo("Leo Beats wins!");
        assertThat(page.getByTestId("controls").isVisible()).isFalse();
        for (String gifter : List.of("Luna Fan", "Night Owl")) {
            assertThat(page.evaluate(
                            "name => { const e = [...document.querySelectorAll('[data-testid=top-gifters] .gifter-name')]"
                                    + ".find(g => g.textContent === name); e.scrollIntoView({ block: 'center' });"
                                    + " const r = e.getBoundingClientRect();"
                                    + " return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === e; }",
                            gifter))
                    .as("%s is in view, not under the winner banner", gifter)
                    .isEqualTo(true);
        }
        screenshot("scoreboard-ended-live.png");

        page.getByTestId("rematch").click();
        page.waitForURL("**/battles/new?rematch=" + battle.id());
        assertThat(page.getByTestId("creator-0-0").inputValue()).isEqualTo("ava.sparks");
        assertThat(page.getByTestId("creator-1-0").inputValue()).isEqualTo("leo.beats");
        assertThat(page.locator("input[name=source][value=INGEST]").isChecked()).isTrue();
        page.getByTestId("start-battle").click();
        page.waitForURL(url -> url.matches(".*/battles/[a-z0-9]+$") && !url.endsWith(battle.id()));
        assertThat(page.getByTestId("side-label").allTextContents()).containsExactly("Ava Sparks", "Leo Beats");
    }

    @Test
    void marksTheSameGiftsAsSnipesLiveAndOnTheFinishedPage() throws Exception { // GH-15
        BattleView battle = battle(List.of("Ava Sparks", "Leo Beats"), Duration.ofSeconds(6), null);
        page.navigate(BASE + "/battles/" + battle.id());
        page.waitForSelector("[data-connection][data-state=live]");

        ingest(battle, gift("Lion Leo", "leo.beats", 6466, "Lion", 29999, 1)); // takes the lead: a snipe
        Thread.sleep(300);
        ingest(battle, gift("Rose Fan", "ava.sparks", 5655, "Rose", 1, 3)); // 3 coins, 29,996 behind: none
        Thread.sleep(300);
        ingest(battle, gift("Comeback Kid 小明", "ava.sparks", 6645, "TikTok Universe", 44999, 1)); // a snipe
        page.waitForFunction("() => document.querySelectorAll('[data-testid=gift-feed] .gift').length === 3");
        List<String> live = snipedSenders();
        page.waitForFunction(
                "() => document.querySelector('[data-testid=winner-banner]').textContent.length > 0",
                null,
                new Page.WaitForFunctionOptions().setTimeout(20_000));

        page.reload();

        assertThat(live).containsExactlyInAnyOrder("Lion Leo", "Comeback Kid 小明");
        assertThat(snipedSenders()).containsExactlyInAnyOrderElementsOf(live);
        assertThat(page.locator("[data-snipes] strong").allTextContents())
                .containsExactlyInAnyOrder("Lion Leo", "Comeback Kid 小明");
        screenshot("scoreboard-snipes-finished.png");
    }

    @Test
    void showsBothScoresAndTheBarOnAPhonesFirstScreenUnderATwoRowHeader() throws Exception { // GH-15
        page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
        signInAs("kai.games");
        BattleView battle = battle(
                List.of("Ava ✨ Sparks 超级明星 and her whole crew", "雷奥 Leo Beats 🎧 and the drummers"),
                Duration.ofMinutes(5),
                null);
        ingest(battle, gift("Whale 🐳 with a long name", "ava.sparks", 6645, "TikTok Universe", 44999, 100));
        ingest(battle, gift("小龙 Fan", "leo.beats", 5777, "Rocket", 20000, 60));
        ingest(battle, gift("Third Fan", "leo.beats", 6466, "Lion", 29999, 1));
        ingest(battle, gift("Fourth Fan", "leo.beats", 5655, "Rose", 1, 5));

        page.navigate(BASE + "/battles/" + battle.id());
        page.waitForSelector("[data-connection][data-state=live]");
        page.evaluate("() => document.querySelector('[data-testid=display-name]').textContent ="
                + " 'Maximiliana Alexandra von Sehrlangername-Überall 🌸 花子'");

        assertThat(page.getByTestId("side-score").allTextContents()).containsExactly("4.5M", "1.2M");
        for (BoundingBox score : boxes("[data-testid=side-score]")) {
            assertOnTheFirstScreen(score, "a score");
        }
        assertOnTheFirstScreen(boxes(".stage .bar").getFirst(), "the tug-of-war bar");
        assertTwoRowHeader();
        screenshot("scoreboard-phone.png");

        page.navigate(BASE + "/");
        assertTwoRowHeader();
        assertThat(phoneMenu()).containsExactly("Battles", "Start", "Ranks", "Posts", "Stats");
        assertThat(page.content()).doesNotContain("as JSON");
        screenshot("home-phone-signed-in.png");
    }

    @Test
    void keepsTheSignedOutHeaderToTwoRowsOnAPhone() throws Exception { // GH-15
        page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);

        page.navigate(BASE + "/battles");

        assertTwoRowHeader();
        assertThat(phoneMenu()).containsExactly("Battles", "Start", "Ranks");
    }

    @Test
    void letsTheOwnerSwitchAudienceVotingOnAndChangeItsRulesWithReadableProblems() throws Exception {
        signInAs("mia.moves");
        BattleView battle = battle(List.of("Ava Sparks", "Leo Beats"), Duration.ofMinutes(5), userIdOf("mia.moves"));
        page.navigate(BASE + "/battles/" + battle.id());
        page.waitForSelector("[data-connection][data-state=live]");
        assertThat(page.getByTestId("audience-off").isVisible()).isTrue();
        assertThat(page.getByTestId("audience-bars").isVisible()).isFalse();

        page.locator("label.switch").click();

        page.waitForFunction("() => document.querySelector('[data-testid=audience-message]').textContent"
                + " === 'Saved: audience voting is on.'");
        page.waitForSelector("[data-testid=audience-bars] .vote-row");
        assertThat(page.getByTestId("audience-switch").isChecked()).isTrue();
        assertThat(page.getByTestId("audience-off").isVisible()).isFalse();
        assertThat(page.getByTestId("audience-chat").textContent())
                .isEqualTo("In the LIVE chat: !vote A · !boost glove A · #A (A = Ava Sparks, B = Leo Beats)");
        assertThat(rules(battle).enabled()).isTrue();

        page.locator(".audience-details summary").click();
        page.locator("[data-audience-settings] input[name=votesPerWindow]").fill("500");
        page.getByTestId("audience-save").click();
        assertThat(page.getByTestId("audience-message").textContent()).startsWith("Votes per viewer: ");
        assertThat(page.locator("[data-testid=audience-message].is-error").count())
                .isEqualTo(1);
        assertThat(rules(battle).votesPerWindow()).isEqualTo(1);

        page.locator("[data-audience-settings] input[name=votesPerWindow]").fill("3");
        page.locator("[data-kind=STUN_HAMMER] [data-goal-offered]").uncheck();
        page.getByTestId("audience-save").click();
        page.waitForFunction(
                "() => !document.querySelector('[data-testid=audience-message]').classList" + ".contains('is-error')");
        assertThat(page.getByTestId("audience-message").textContent()).isEqualTo("Saved: audience voting is on.");
        assertThat(rules(battle).votesPerWindow()).isEqualTo(3);
        assertThat(rules(battle).boosters()).doesNotContainKey(PowerUpKind.STUN_HAMMER);
        screenshot("scoreboard-audience-settings.png");

        battles.end(battle.id());
        page.evaluate("() => document.querySelector('[data-audience-settings]').requestSubmit()");
        page.waitForFunction("() => document.querySelector('[data-testid=audience-message]').textContent"
                + ".includes('only while the battle is running')");
    }

    private io.battlesim.engine.audience.AudienceRules rules(BattleView battle) {
        return battles.find(battle.id()).orElseThrow().snapshot().audience().rules();
    }

    /** The menu as a phone shows it: the links' short names (each keeps its full name as its aria-label). */
    @SuppressWarnings("unchecked")
    private java.util.List<String> phoneMenu() {
        return (java.util.List<String>) page.getByTestId("main-nav")
                .locator("a:visible")
                .evaluateAll("links => links.map(link => link.innerText.trim())");
    }

    /** The brand, the account (or Connect TikTok) on one row, every menu link on the next. */
    private void assertTwoRowHeader() {
        BoundingBox brand = boxes(".site-header .brand").getFirst();
        BoundingBox session = boxes(".site-header .session").getFirst();
        List<BoundingBox> links = boxes("[data-testid=main-nav] li").stream()
                .filter(java.util.Objects::nonNull)
                .toList();
        assertThat(session.y + session.height / 2)
                .as("the account beside the brand")
                .isCloseTo(brand.y + brand.height / 2, within(12.0));
        assertThat(links).allSatisfy(link -> {
            assertThat(link.y).isCloseTo(links.getFirst().y, within(2.0));
            assertThat(link.x + link.width).as("a menu link within the screen").isLessThanOrEqualTo(PHONE_WIDTH);
        });
        assertThat(links.getFirst().y).as("the menu under the brand").isGreaterThan(brand.y + brand.height - 1);
        assertThat(session.x + session.width)
                .as("the account within the screen")
                .isLessThanOrEqualTo(PHONE_WIDTH);
        assertThat(page.evaluate("() => document.documentElement.scrollWidth"))
                .as("no sideways scrolling")
                .isEqualTo(PHONE_WIDTH);
    }

    private void assertOnTheFirstScreen(BoundingBox box, String what) {
        assertThat(box.y).as("%s top", what).isGreaterThanOrEqualTo(0);
        assertThat(box.y + box.height).as("%s on the first screen", what).isLessThanOrEqualTo(PHONE_HEIGHT);
        assertThat(box.x + box.width).as("%s within the width", what).isLessThanOrEqualTo(PHONE_WIDTH);
    }

    private List<BoundingBox> boxes(String selector) {
        return page.locator(selector).all().stream()
                .map(element -> element.boundingBox())
                .toList();
    }

    private List<String> snipedSenders() {
        return page.locator("[data-testid=gift-feed] .gift:has([data-testid=snipe-badge]) [data-testid=gift-sender]")
                .allTextContents();
    }

    /** Connect TikTok, approve as a sandbox creator on the emulator, consent the first time. */
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

    private long userIdOf(String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = :username")
                .param("username", username)
                .query(Long.class)
                .single();
    }

    /** A running ingest battle of ava.sparks against leo.beats under these labels. */
    private BattleView battle(List<String> labels, Duration duration, @Nullable Long owner) {
        List<String> rooms = List.of("ava.sparks", "leo.beats");
        List<SideSetup> sides = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            sides.add(
                    new SideSetup(labels.get(i), List.of(RoomBinding.host(rooms.get(i), rooms.get(i), rooms.get(i)))));
        }
        BattleView created = battles.create(new BattleSetup(
                String.join(" vs ", labels),
                sides,
                new BattleRules(duration, null, 0, EnumSet.allOf(PowerUpKind.class)),
                SourceKind.INGEST,
                owner));
        return battles.start(created.id());
    }

    /** {@code count} of one gift in TikTok-Live-Connector's flat shape, final at once (type 2). */
    private String gift(String nickname, String room, int giftId, String giftName, int coins, int count) {
        events++;
        return """
                [{"type":"gift","msgId":"pages-%d-%d","userId":"fan-%d","uniqueId":"fan%d","nickname":"%s",
                  "roomId":"%s","giftId":%d,"giftName":"%s","giftType":2,"diamondCount":%d,"repeatCount":%d,
                  "repeatEnd":false}]""".formatted(System.nanoTime(), events, events, events, nickname, room, giftId, giftName, coins, count);
    }

    private void ingest(BattleView battle, String json) throws Exception {
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create(BASE + "/api/battles/" + battle.id() + "/events"))
                        .header("Content-Type", "application/json")
                        .header("X-Ingest-Key", battles.ingestKey(battle.id()))
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.body()).contains("accepted");
    }

    private void screenshot(String name) throws URISyntaxException {
        Path testClasses = Path.of(BattlePagesBrowserIntegrationTests.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Path parent = testClasses.getParent();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath((parent != null ? parent : testClasses)
                        .resolve("screenshots")
                        .resolve(name))
                .setFullPage(true));
    }
}
