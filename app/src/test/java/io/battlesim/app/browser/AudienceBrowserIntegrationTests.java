package io.battlesim.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.battlesim.engine.audience.AudienceRules;
import io.battlesim.engine.audience.BoosterGoal;
import io.battlesim.engine.audience.ChatSyntax;
import io.battlesim.engine.powerup.PowerUpKind;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
 * A viewer votes on the viewer page on a phone (Debian's Chromium driven by Playwright, reached on 127.0.0.1 as a
 * phone on the LAN would) and the vote bar moves on the OBS overlay; a second vote in the same window is not
 * offered; a booster goal fills. Screenshots go to {@code <build dir>/screenshots/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT)
class AudienceBrowserIntegrationTests {

    private static final int PORT = TestSocketUtils.findAvailableTcpPort();
    private static final String BASE = "http://127.0.0.1:" + PORT;

    private static Chromium chromium;
    private static Browser browser;

    @Autowired
    private BattleManagement battles;

    private BrowserContext phone;
    private BrowserContext obs;
    private CspViolations phoneCsp;
    private CspViolations obsCsp;

    @DynamicPropertySource
    static void server(DynamicPropertyRegistry registry) throws IOException {
        Chromium.serve(registry, "audience-browser", PORT, "http://localhost:" + PORT);
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
    void openContexts() {
        phone = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844)
                .setDeviceScaleFactor(3)
                .setIsMobile(true)
                .setHasTouch(true));
        phone.setDefaultTimeout(15_000);
        phoneCsp = CspViolations.watch(phone);
        obs = browser.newContext(new Browser.NewContextOptions().setViewportSize(1920, 1080));
        obs.setDefaultTimeout(15_000);
        obsCsp = CspViolations.watch(obs);
    }

    @AfterEach
    void closeContexts() {
        phone.close();
        obs.close();
        phoneCsp.assertNone();
        obsCsp.assertNone();
    }

    private BattleView battle() {
        AudienceRules rules = new AudienceRules(
                true,
                Duration.ofSeconds(30),
                1,
                Map.of(PowerUpKind.BOOSTING_GLOVE, new BoosterGoal(2, Duration.ofMinutes(1))),
                true,
                ChatSyntax.standard(),
                null,
                null);
        BattleSetup setup = new BattleSetup(
                "Phone vote 📱 投票",
                List.of(
                        new SideSetup("Ava ✨ Sparks 超级明星", List.of(RoomBinding.host("ava.sparks", "r-ava", "u-ava"))),
                        new SideSetup("Leo Beats", List.of(RoomBinding.host("leo.beats", "r-leo", "u-leo")))),
                BattleRules.defaults().withDuration(Duration.ofMinutes(5)).withAudience(rules),
                SourceKind.INGEST,
                null);
        return battles.start(battles.create(setup).id());
    }

    private static String voteFill(String sideId) {
        return "[data-audience-bars] [data-vote-side=\"" + sideId + "\"] .vote-fill";
    }

    @Test
    void aVoteOnAPhoneMovesTheVoteBarOnTheOverlay() {
        BattleView battle = battle();
        Page overlay = obs.newPage();
        overlay.navigate(BASE + "/overlay/" + battle.overlayToken());
        overlay.waitForSelector("[data-overlay][data-connection=live]");
        Page viewer = phone.newPage();
        viewer.navigate(BASE + "/v/" + battle.id());
        viewer.waitForSelector("[data-viewer][data-connection=live]");
        assertThat(viewer.locator("h1").textContent()).isEqualTo("Phone vote 📱 投票");
        assertThat((Boolean) viewer.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                .as("no sideways scrolling on a phone")
                .isTrue();

        viewer.locator("[data-testid=vote-s1]").tap();

        viewer.waitForFunction(
                "() => document.querySelector('[data-testid=vote-answer]').textContent.startsWith('Counted')");
        overlay.waitForFunction("() => document.querySelector('"
                + voteFill("s1").replace("'", "\\'") + "')?.dataset.votePercent === '100'");
        assertThat(overlay.locator(voteFill("s1")).getAttribute("style")).contains("width: 100%");
        assertThat(viewer.locator("[data-testid=vote-s2]").isDisabled())
                .as("one vote per 30 s: the next vote is not offered yet")
                .isTrue();
        assertThat(viewer.locator(voteFill("s1")).getAttribute("data-vote-percent"))
                .isEqualTo("100");
        Chromium.screenshot(viewer, "viewer-phone-voted.png");
        Chromium.screenshot(overlay, "overlay-audience-voted.png");
    }

    @Test
    void twoViewersFillABoosterGoalAndBothPagesShowItFired() {
        BattleView battle = battle();
        Page overlay = obs.newPage();
        overlay.navigate(BASE + "/overlay/" + battle.overlayToken());
        overlay.waitForSelector("[data-overlay][data-connection=live]");
        for (int viewerNumber = 0; viewerNumber < 2; viewerNumber++) {
            // each context is a viewer of its own (its own cookie)
            BrowserContext own = browser.newContext(new Browser.NewContextOptions()
                    .setViewportSize(390, 844)
                    .setIsMobile(true)
                    .setHasTouch(true));
            try {
                Page viewer = own.newPage();
                viewer.navigate(BASE + "/v/" + battle.id());
                viewer.waitForSelector("[data-viewer][data-connection=live]");
                viewer.locator("[data-testid=boost-s2-BOOSTING_GLOVE]").tap();
                viewer.waitForFunction("() => document.querySelector('[data-testid=vote-answer]')"
                        + ".textContent.startsWith('Counted')");
                if (viewerNumber == 1) {
                    viewer.waitForFunction("() => !document.querySelector('[data-audience-fired]').hidden"
                            + " && document.querySelector('[data-audience-fired]').textContent"
                            + ".includes('Boosting Glove for Leo Beats')");
                }
            } finally {
                own.close();
            }
        }

        overlay.waitForFunction("() => (document.querySelector('[data-audience-fired]')?.textContent ?? '')"
                + ".includes('Boosting Glove for Leo Beats')");
        assertThat(battles.find(battle.id()).orElseThrow().snapshot().side("s2").multiplier())
                .isEqualTo(2);
    }
}
