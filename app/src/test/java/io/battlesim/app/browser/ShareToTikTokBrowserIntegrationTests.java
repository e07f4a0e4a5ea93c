package io.battlesim.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import io.battlesim.app.battle.BattleManagement;
import io.battlesim.app.battle.BattleRules;
import io.battlesim.app.battle.BattleSetup;
import io.battlesim.app.battle.BattleView;
import io.battlesim.app.battle.RoomBinding;
import io.battlesim.app.battle.SideSetup;
import io.battlesim.app.battle.SourceKind;
import io.battlesim.app.publish.video.TestVideos;
import io.battlesim.engine.event.Gift;
import io.battlesim.engine.event.GiftReceived;
import io.battlesim.engine.event.Sender;
import io.battlesim.engine.powerup.PowerUpKind;
import io.battlesim.tiktok.emulator.TikTokEmulator;
import io.battlesim.tiktok.emulator.faults.PublishFailure;
import io.battlesim.tiktok.emulator.publish.PublishTimetable;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
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
 * Share to TikTok in a real browser against the embedded emulator, as an audited app posting publicly to public
 * accounts: the result card as a photo post and a small video as a video post, each followed until TikTok reports the
 * post's id.
 */
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT)
class ShareToTikTokBrowserIntegrationTests {

    private static final int PORT = TestSocketUtils.findAvailableTcpPort();
    private static final String BASE = "http://localhost:" + PORT;
    // Sandbox accounts start private (an unaudited app may post only to those); these two are made public here.
    private static final List<String> PUBLIC_CREATORS = List.of("ava.sparks", "leo.beats", "zoe.paints");
    private static Path dataDir;
    private static Chromium chromium;
    private static Browser browser;

    @Autowired
    private TikTokEmulator emulator;

    @Autowired
    private BattleManagement battles;

    @Autowired
    private JdbcClient jdbc;

    private BrowserContext context;
    private CspViolations csp;
    private Page page;

    @DynamicPropertySource
    static void server(DynamicPropertyRegistry registry) throws IOException {
        dataDir = Chromium.serve(registry, "share-browser", PORT, BASE);
        registry.add("app.tiktok.client-key", () -> "");
        registry.add("app.publish.audited", () -> "true");
        registry.add("app.publish.poll-interval", () -> "300ms");
        // every test signs in from the same address; the sign-in limit would stop the later ones
        registry.add("app.rate-limit.sign-in.capacity", () -> "200");
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
        emulator.publishing().timetable(PublishTimetable.IMMEDIATE);
        PUBLIC_CREATORS.forEach(username -> emulator.publishing().privateAccount(username, false));
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        context.setDefaultTimeout(20_000);
        csp = CspViolations.watch(context);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
        PUBLIC_CREATORS.forEach(username -> emulator.publishing().privateAccount(username, true));
        csp.assertNone(); // GH-10
    }

    @Test
    void sharesTheResultCardAsAPhotoPost() throws Exception {
        BattleView battle = finishedBattleOf(signIn("ava.sparks"));
        page.navigate(BASE + "/battles/" + battle.id());
        page.getByTestId("share-to-tiktok").click();

        assertThat(page.getByTestId("creator-nickname").textContent()).isEqualTo("Ava Sparks");
        assertThat(page.getByTestId("privacy").inputValue()).isEmpty();
        assertThat(page.getByTestId("post-button").isDisabled()).isTrue();
        assertThat(loadedImageWidth("[data-testid=card-preview]")).isEqualTo(1080);
        page.getByTestId("title").fill("Ava wins the battle 👨‍👩‍👧‍👦");
        assertThat(page.locator("[data-count-for=title]").textContent()).isEqualTo("31");
        page.getByTestId("privacy").selectOption("PUBLIC_TO_EVERYONE");
        checkDisclosureRules();
        page.getByTestId("allow-comment").check();
        screenshot("share-photo-form.png");

        page.getByTestId("post-button").click();

        String postId = awaitPostId();
        assertThat(postId).matches("\\d+");
        assertThat(page.getByTestId("job-state").textContent()).isEqualTo("Posted");
        screenshot("share-photo-posted.png");
    }

    @Test
    void sharesAnUploadedVideoAsAVideoPost() throws Exception {
        BattleView battle = finishedBattleOf(signIn("leo.beats"));
        Path video = TestVideos.mp4(dataDir, Duration.ofSeconds(9), 300_000);
        page.navigate(BASE + "/publish/battles/" + battle.id());
        page.getByTestId("tab-video").click();

        page.getByTestId("video-file").setInputFiles(video);
        page.getByTestId("title").fill("Battle highlights #gg");
        page.getByTestId("privacy").selectOption("PUBLIC_TO_EVERYONE");
        assertThat(page.getByTestId("allow-duet").isDisabled())
                .as("Leo turned duets off")
                .isFalse();
        screenshot("share-video-form.png");
        page.getByTestId("post-button").click();

        page.getByTestId("job-progress").waitFor();
        String postId = awaitPostId();
        assertThat(postId).matches("\\d+");
        assertThat(page.getByTestId("job-progress").getAttribute("value")).isEqualTo("100");
        screenshot("share-video-posted.png");
    }

    @Test
    void thePostButtonLooksDisabledAndSaysWhyNextToIt() throws Exception { // GH-15
        BattleView battle = finishedBattleOf(signIn("ava.sparks"));
        page.navigate(BASE + "/publish/battles/" + battle.id());
        Locator post = page.getByTestId("post-button");
        Locator reason = page.getByTestId("post-reason");

        assertThat(post.isDisabled()).isTrue();
        assertThat(post.evaluate("b => getComputedStyle(b).cursor")).isEqualTo("not-allowed");
        assertThat(Double.parseDouble((String) post.evaluate("b => getComputedStyle(b).opacity")))
                .isLessThan(0.6);
        assertThat(reason.isVisible()).isTrue();
        assertThat(reason.textContent()).isEqualTo("Choose who can see this post.");
        assertThat(post.getAttribute("aria-describedby")).isEqualTo(reason.getAttribute("id"));
        screenshot("share-post-disabled.png");

        page.getByTestId("privacy").selectOption("PUBLIC_TO_EVERYONE");
        assertThat(post.isEnabled()).isTrue();
        assertThat(reason.isVisible()).isFalse();
        assertThat(post.evaluate("b => getComputedStyle(b).cursor")).isEqualTo("pointer");

        page.getByTestId("disclose").check();
        assertThat(post.isDisabled()).isTrue();
        assertThat(reason.textContent()).contains("promotes yourself, a third party, or both");
        page.getByTestId("your-brand").check();
        assertThat(post.isEnabled()).isTrue();
        assertThat(reason.isVisible()).isFalse();
    }

    @Test
    void showsHowMuchOfALargeVideoIsSentWhileTheBrowserSendsIt() throws Exception { // GH-15
        BattleView battle = finishedBattleOf(signIn("leo.beats"));
        Path video = TestVideos.mp4(dataDir, Duration.ofSeconds(9), 24_000_000);
        page.navigate(BASE + "/publish/battles/" + battle.id() + "?media=video");
        assertThat(page.getByTestId("post-reason").textContent()).contains("Choose a video file to post.");
        page.getByTestId("video-file").setInputFiles(video);
        page.getByTestId("title").fill("Long battle highlights");
        page.getByTestId("privacy").selectOption("SELF_ONLY");
        throttleUploads(8_000_000);

        page.getByTestId("post-button").click();

        page.waitForFunction("() => { const bar = document.querySelector('[data-testid=upload-bar]');"
                + " return bar && bar.value > 0 && bar.value < 100; }");
        assertThat(page.getByTestId("upload-text").textContent())
                .matches("Sending the video: \\d+% \\(.* of 24\\.0 MB\\)");
        assertThat(page.getByTestId("post-button").isDisabled()).isTrue();
        screenshot("share-video-sending.png");
        String postId = awaitPostId();
        assertThat(page.getByTestId("job-state").textContent()).isEqualTo("Posted");
        assertThat(postId).isEqualTo("—");
        assertThat(page.getByTestId("job-note").textContent()).contains("Only you can see this post");
    }

    @Test
    void aVideoTheServerRefusesShowsTheFormWithTheReasonAfterTheUpload() throws Exception { // GH-15
        BattleView battle = finishedBattleOf(signIn("ava.sparks"));
        Path tooLong = TestVideos.mp4(dataDir, Duration.ofMinutes(11), 2_000_000);
        page.navigate(BASE + "/publish/battles/" + battle.id() + "?media=video");
        page.getByTestId("video-file").setInputFiles(tooLong);
        page.getByTestId("privacy").selectOption("PUBLIC_TO_EVERYONE");

        page.getByTestId("post-button").click();

        page.getByTestId("problems").waitFor();
        assertThat(page.getByTestId("problems").textContent()).contains("The video is 11:00 long");
        assertThat(page.getByTestId("privacy").inputValue()).isEqualTo("PUBLIC_TO_EVERYONE");
        assertThat(page.getByTestId("post-reason").textContent()).contains("Choose a video file to post.");
    }

    @Test
    void listsPostsWithBadgesLocalTimesWhyThereIsNoLinkAndRetryOnAPhone() throws Exception { // GH-15
        usePhoneIn("Asia/Tokyo");
        BattleView battle = finishedBattleOf(signIn("zoe.paints"));
        String caption = "配信バトル 🎉 Ava wins\nありがとう 👨‍👩‍👧‍👦\n#gg";
        page.navigate(BASE + "/publish/battles/" + battle.id() + "?media=video");
        page.getByTestId("video-file").setInputFiles(TestVideos.mp4(dataDir, Duration.ofSeconds(5), 200_000));
        page.getByTestId("title").fill(caption);
        page.getByTestId("privacy").selectOption("SELF_ONLY");
        page.getByTestId("post-button").click();
        awaitPostId();
        assertThat(page.getByTestId("job-title").innerText()).isEqualTo(caption);
        assertThat(page.getByTestId("job-note").textContent()).contains("Only you can see this post");
        emulator.publishing().failProcessing(new PublishFailure("internal", 1));
        try {
            page.navigate(BASE + "/publish/battles/" + battle.id());
            page.getByTestId("privacy").selectOption("PUBLIC_TO_EVERYONE");
            page.getByTestId("post-button").click();
            page.waitForURL("**/publish/jobs/**");
            page.waitForFunction("() => document.querySelector('[data-job]').dataset.state === 'FAILED'");
        } finally {
            emulator.publishing().failProcessing(PublishFailure.NONE);
        }
        assertThat(page.getByTestId("retry").isVisible()).isTrue();

        page.navigate(BASE + "/publish/jobs");

        assertThat(page.getByTestId("job-item").count()).isEqualTo(2);
        assertThat(fitsTheScreenWidth()).isTrue();
        Locator failed = page.getByTestId("job-item").nth(0);
        Locator posted = page.getByTestId("job-item").nth(1);
        assertThat(failed.getByTestId("job-badge").textContent()).isEqualTo("Failed");
        assertThat(failed.getByTestId("job-error").textContent()).contains("TikTok had an internal error");
        assertThat(posted.getByTestId("job-badge").textContent()).isEqualTo("Posted");
        assertThat(posted.getByTestId("job-note").textContent()).contains("no public link");
        assertThat(posted.getByTestId("retry").count()).isZero();
        Locator time = posted.getByTestId("job-time");
        ZonedDateTime inTokyo = Instant.parse(time.getAttribute("datetime")).atZone(ZoneId.of("Asia/Tokyo"));
        assertThat(time.textContent())
                .doesNotContain("UTC", "T")
                .contains(String.valueOf(inTokyo.getDayOfMonth()))
                .contains(DateTimeFormatter.ofPattern("h:mm", Locale.ENGLISH).format(inTokyo));
        assertThat(time.getAttribute("title")).endsWith("UTC");
        screenshot("publish-jobs-phone.png");
        int tasksBefore = emulator.publishing().recentTasks().size();

        failed.getByTestId("retry").dblclick();

        page.waitForURL(url -> url.contains("/publish/jobs/"));
        String postId = awaitPostId();
        assertThat(postId).matches("\\d+");
        assertThat(emulator.publishing().recentTasks()).hasSize(tasksBefore + 1);
        page.navigate(BASE + "/publish/jobs");
        assertThat(page.getByTestId("job-item").count()).isEqualTo(3);
        assertThat(page.getByTestId("job-item").nth(1).getByTestId("retried-as").isVisible())
                .isTrue();
        assertThat(page.getByTestId("job-item").nth(0).getByTestId("job-links").textContent())
                .contains("View on TikTok");
        assertThat(fitsTheScreenWidth()).isTrue();
        screenshot("publish-jobs-retried-phone.png");
    }

    @Test
    void aSignedOutVisitorIsAskedToSignInToShareAndComesBackAfterwards() throws Exception { // GH-15
        page.navigate(BASE + "/publish/jobs");

        page.waitForURL("**/publish/sign-in?next=**");
        assertThat(page.getByTestId("sign-in-to-share").textContent()).isEqualTo("Sign in to share");
        screenshot("sign-in-to-share.png");
        page.getByTestId("sign-in-to-share-connect").click();
        page.waitForURL("**/emulator/v2/auth/authorize/**");
        page.locator("input[name=account][value='mia.moves']").check();
        page.locator("#approve").click();
        page.waitForURL("**/auth/consent**");
        page.getByTestId("consent-age").check();
        page.getByTestId("consent-data").check();
        page.getByTestId("consent-accept").click();

        page.waitForURL(BASE + "/publish/jobs");
        assertThat(page.locator("h1").textContent()).isEqualTo("Your TikTok posts");
    }

    /** TikTok's commercial-disclosure rules, in both orders, then back to a plain post. */
    private void checkDisclosureRules() {
        Locator post = page.getByTestId("post-button");
        assertThat(post.isEnabled()).isTrue();
        page.getByTestId("disclose").check();
        assertThat(post.isDisabled()).as("disclosure on, nothing ticked").isTrue();
        assertThat(post.getAttribute("title")).contains("promotes yourself, a third party, or both");
        page.getByTestId("branded-content").check();
        assertThat(post.isEnabled()).isTrue();
        assertThat(page.locator("option[value=SELF_ONLY]").isDisabled()).isTrue();
        assertThat(page.getByTestId("consent").innerText()).contains("Branded Content Policy");
        assertThat(page.locator("[data-label-paid]").isVisible()).isTrue();
        page.getByTestId("branded-content").uncheck();
        page.getByTestId("privacy").selectOption("SELF_ONLY");
        assertThat(page.getByTestId("branded-content").isDisabled())
                .as("private first")
                .isTrue();
        page.getByTestId("your-brand").check();
        assertThat(page.locator("[data-label-promotional]").isVisible()).isTrue();
        page.getByTestId("disclose").uncheck();
        page.getByTestId("privacy").selectOption("PUBLIC_TO_EVERYONE");
        assertThat(page.getByTestId("consent").innerText()).contains("Music Usage Confirmation");
    }

    private String awaitPostId() {
        page.waitForURL("**/publish/jobs/**");
        // a private post never gets a public id: posted is its outcome
        page.waitForFunction(
                "() => /\\d/.test(document.querySelector('[data-testid=job-post-ids]').textContent)"
                        + " || document.querySelector('[data-job]').dataset.state === 'FAILED'"
                        + " || (document.querySelector('[data-job]').dataset.state === 'COMPLETED'"
                        + " && document.querySelector('[data-job]').dataset.privacy === 'SELF_ONLY')",
                null,
                new Page.WaitForFunctionOptions().setTimeout(30_000));
        page.getByTestId("job-error").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
        return page.getByTestId("job-post-ids").textContent().strip();
    }

    private long signIn(String username) {
        page.navigate(BASE + "/");
        page.getByTestId("connect-tiktok").click();
        page.waitForURL("**/emulator/v2/auth/authorize/**");
        page.locator("input[name=account][value='" + username + "']").check();
        page.locator("#approve").click();
        // a creator who signed up in an earlier test comes straight back home
        page.waitForURL(url -> url.contains("/auth/consent") || url.equals(BASE + "/"));
        if (page.url().contains("/auth/consent")) {
            page.getByTestId("consent-age").check();
            page.getByTestId("consent-data").check();
            page.getByTestId("consent-accept").click();
            page.waitForURL(BASE + "/");
        }
        return jdbc.sql("SELECT id FROM app_user WHERE open_id = :openId")
                .param("openId", emulator.account(username).orElseThrow().openId())
                .query(Long.class)
                .single();
    }

    private BattleView finishedBattleOf(long owner) {
        BattleView battle = battles.create(new BattleSetup(
                "Ava vs Leo",
                List.of(
                        new SideSetup("Ava Sparks", List.of(RoomBinding.host("ava.sparks", "r-ava", "u-ava"))),
                        new SideSetup("Leo Beats", List.of(RoomBinding.host("leo.beats", "r-leo", "u-leo")))),
                new BattleRules(Duration.ofMinutes(5), null, 0, EnumSet.noneOf(PowerUpKind.class)),
                SourceKind.INGEST,
                owner));
        battles.start(battle.id());
        battles.submit(
                        battle.id(),
                        new GiftReceived(
                                "e1",
                                "r-ava",
                                new Sender("v1", "mia", "Mia <3"),
                                null,
                                new Gift(7168, "Swan", 2, 699),
                                1,
                                false,
                                null,
                                System.currentTimeMillis()))
                .join();
        return battles.end(battle.id());
    }

    /** A phone (390 x 844, touch) in the given time zone, in place of the desktop page. */
    private void usePhoneIn(String timeZone) {
        context.close();
        csp.assertNone();
        context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844)
                .setIsMobile(true)
                .setHasTouch(true)
                .setLocale("en-US")
                .setTimezoneId(timeZone));
        context.setDefaultTimeout(20_000);
        csp = CspViolations.watch(context);
        page = context.newPage();
    }

    private boolean fitsTheScreenWidth() {
        return (Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
    }

    /** Lets the browser send at most {@code bytesPerSecond}, so an upload to localhost takes a while. */
    private void throttleUploads(int bytesPerSecond) {
        CDPSession devTools = context.newCDPSession(page);
        devTools.send("Network.enable");
        JsonObject conditions = new JsonObject();
        conditions.addProperty("offline", false);
        conditions.addProperty("latency", 0);
        conditions.addProperty("downloadThroughput", -1);
        conditions.addProperty("uploadThroughput", bytesPerSecond);
        devTools.send("Network.emulateNetworkConditions", conditions);
    }

    private int loadedImageWidth(String selector) {
        page.waitForFunction(
                "selector => { const img = document.querySelector(selector); return img && img.complete; }", selector);
        return ((Number) page.locator(selector).evaluate("img => img.naturalWidth")).intValue();
    }

    private void screenshot(String name) throws URISyntaxException {
        Path testClasses = Path.of(ShareToTikTokBrowserIntegrationTests.class
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
