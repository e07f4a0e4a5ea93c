package io.battlesim.app.scoreboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.app.battle.BattleRules;
import io.battlesim.app.battle.BattleSetup;
import io.battlesim.app.battle.BattleView;
import io.battlesim.app.battle.RoomBinding;
import io.battlesim.app.battle.SideSetup;
import io.battlesim.app.battle.SourceKind;
import io.battlesim.app.scoreboard.ScoreboardIntegrationTestSupport;
import io.battlesim.engine.powerup.PowerUpKind;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The battle pages on a real server in emulator mode: the start form with its lookups, escaping, the overlay, and
 * who may control a battle (the same rules as with real TikTok).
 */
class BattlePagesIntegrationTests extends ScoreboardIntegrationTestSupport {

    private static final String XSS = "<img src=x onerror=alert(1)>";

    private final PageClient client = new PageClient(BASE);

    @Nested
    class StartForm {

        @BeforeEach
        void signIn() throws Exception {
            client.signIn(emulator, "mia.moves");
        }

        @Test
        void listsTheSandboxCreatorsWhoAreLive() throws Exception {
            HttpResponse<String> page = client.get("/battles/new");

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("data-testid=\"live-suggestions\"", "@ava.sparks", "@leo.beats");
            assertThat(page.body()).doesNotContain("@omar.cooks");
        }

        @Test
        void explainsPerFieldWhoIsOfflineAndWhoDoesNotExist() throws Exception {
            HttpResponse<String> page = client.get("/battles/new");

            HttpResponse<String> answer = client.post(
                    "/battles",
                    page,
                    Map.of(
                            "sides[0].creators[0]", "omar.cooks",
                            "sides[1].creators[0]", "no.such.creator",
                            "durationMinutes", "5",
                            "source", "LIVE_API"));

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body())
                    .contains("data-testid=\"creator-error-0-0\"", "@omar.cooks is not LIVE right now.")
                    .contains("data-testid=\"creator-error-1-0\"", "@no.such.creator does not exist on TikTok.")
                    .contains("value=\"omar.cooks\"", "value=\"no.such.creator\"");
        }

        @Test
        void explainsNextToTheFieldThatAGuestInTheOpponentsLiveCannotBattleThem() throws Exception { // GH-15
            HttpResponse<String> page = client.get("/battles/new");

            HttpResponse<String> mia = client.post(
                    "/battles",
                    page,
                    Map.of(
                            "sides[0].creators[0]", "mia.moves",
                            "sides[1].creators[0]", "noah.laughs",
                            "durationMinutes", "7",
                            "title", "Dance off",
                            "source", "LIVE_API"));
            HttpResponse<String> kai = client.post(
                    "/battles",
                    page,
                    Map.of(
                            "sides[0].creators[0]", "kai.games",
                            "sides[1].creators[0]", "ava.sparks",
                            "durationMinutes", "5",
                            "source", "LIVE_API"));

            assertThat(mia.statusCode()).isEqualTo(200);
            assertThat(mia.body())
                    .contains("data-testid=\"creator-error-1-0\"")
                    .contains("@noah.laughs is a guest in @mia.moves&#39;s LIVE right now, so both would score the"
                            + " same gifts: pick another creator.")
                    .contains("value=\"mia.moves\"", "value=\"noah.laughs\"", "value=\"7\"", "value=\"Dance off\"")
                    // no error page (its status code), whatever numbers the rooms show ("1,400 watching")
                    .doesNotContain("couldn", "data-testid=\"error-status\"");
            assertThat(kai.body())
                    .contains("@kai.games is a guest in @ava.sparks&#39;s LIVE right now, so both would score the same"
                            + " gifts: pick another creator.");
        }

        @Test
        void fillsTheSignedInCreatorsOwnUsernameIntoSideOne() throws Exception { // GH-15
            HttpResponse<String> page = client.get("/battles/new");

            assertThat(page.body())
                    .containsPattern("data-testid=\"creator-0-0\"[^>]*value=\"mia\\.moves\"")
                    .containsPattern("data-testid=\"creator-1-0\"[^>]*value=\"\"");
        }

        @Test
        void fillsARematchWithTheSidesAndRulesOfTheCreatorsOwnBattle() throws Exception { // GH-15
            BattleView battle = battles.start(battles.create(new BattleSetup(
                            "Grudge match",
                            List.of(
                                    new SideSetup("Team Ava", List.of(host("ava.sparks"), host("kai.games"))),
                                    new SideSetup("leo.beats", List.of(host("leo.beats")))),
                            new BattleRules(Duration.ofMinutes(3), 5655, 2, EnumSet.of(PowerUpKind.TIME_MAKER)),
                            SourceKind.INGEST,
                            userIdOf("mia.moves")))
                    .id());
            battles.end(battle.id());

            String form = client.get("/battles/new?rematch=" + battle.id()).body();

            assertThat(form)
                    .contains("value=\"Grudge match\"", "value=\"Team Ava\"")
                    .contains("value=\"ava.sparks\"", "value=\"kai.games\"", "value=\"leo.beats\"")
                    .contains("value=\"3\"")
                    .containsPattern("value=\"5655\"\\s+selected")
                    .containsPattern("name=\"pointsPerLike\" value=\"2\"")
                    .containsPattern("value=\"TIME_MAKER\"[^>]*checked")
                    .doesNotContainPattern("value=\"BOOSTING_GLOVE\"[^>]*checked")
                    .containsPattern("value=\"INGEST\"[^>]*checked")
                    .doesNotContain("value=\"mia.moves\"");
        }

        @Test
        void offersAnotherCreatorsBattleNoRematch() throws Exception { // GH-15
            new PageClient(BASE).signIn(emulator, "leo.beats");
            BattleView battle = runningIngestBattle(Duration.ofMinutes(5), userIdOf("leo.beats"));
            battles.end(battle.id());

            String form = client.get("/battles/new?rematch=" + battle.id()).body();
            String scoreboard = client.get("/battles/" + battle.id()).body();

            assertThat(form).contains("value=\"mia.moves\"").doesNotContain("value=\"ava.sparks\"");
            assertThat(scoreboard).doesNotContain("data-testid=\"rematch\"", "data-testid=\"share-to-tiktok\"");
        }

        private static RoomBinding host(String username) {
            return RoomBinding.host(username, username, username);
        }

        @Test
        void rejectsADurationOutsideOneToSixtyMinutes() throws Exception {
            HttpResponse<String> page = client.get("/battles/new");

            HttpResponse<String> answer = client.post(
                    "/battles",
                    page,
                    Map.of(
                            "sides[0].creators[0]", "ava.sparks",
                            "sides[1].creators[0]", "leo.beats",
                            "durationMinutes", "61",
                            "source", "LIVE_API"));

            assertThat(answer.body()).contains("data-testid=\"duration-error\"", "Choose between 1 and 60 minutes.");
        }

        @Test
        void addsACreatorInputForATeamBattle() throws Exception {
            HttpResponse<String> page = client.get("/battles/new");

            HttpResponse<String> answer = client.post(
                    "/battles",
                    page,
                    Map.of("sides[0].creators[0]", "ava.sparks", "add", "creator-0", "durationMinutes", "5"));

            assertThat(answer.body())
                    .contains("data-testid=\"creator-0-1\"", "value=\"ava.sparks\"")
                    .doesNotContain("data-testid=\"creator-1-1\"");
        }

        @Test
        void leavesOutIndexesBeyondTheFormsLimitsAndSaysSo() throws Exception { // GH-10
            for (String field : new String[] {"sides[-1].label", "sides[300].label", "sides[0].creators[5000]"}) {
                HttpResponse<String> page = client.get("/battles/new");

                HttpResponse<String> answer =
                        client.post("/battles", page, Map.of("sides[0].creators[0]", "ava.sparks", field, "x"));

                assertThat(answer.statusCode()).as(field).isEqualTo(200);
                assertThat(answer.body())
                        .as(field)
                        .contains("data-testid=\"battle-form\"", "they were left out")
                        .contains("data-testid=\"creator-0-0\"", "value=\"ava.sparks\"")
                        .doesNotContain("data-testid=\"creator-0-1\"", "data-side-index=\"2\"");
            }
        }

        @Test
        void explainsAValueThatIsNoNumberWithoutNamingJavaTypes() throws Exception { // GH-10
            HttpResponse<String> page = client.get("/battles/new");

            HttpResponse<String> answer = client.post(
                    "/battles",
                    page,
                    Map.of("durationMinutes", "abc", "source", "XX", "audiencePowerUps", "FOO", "onlyGiftId", "1e9"));

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body())
                    .contains("Enter the duration as a whole number of minutes, from 1 to 60.")
                    .contains("Pick where the gifts come from.", "Pick the boosters from the list.")
                    .contains("Pick a gift from the list.")
                    .doesNotContain("java.lang", "io.battlesim", "Failed to convert");
        }

        @Test
        void neverGrowsTheFormBeyondFourSides() throws Exception { // GH-10
            HttpResponse<String> page = client.get("/battles/new");

            HttpResponse<String> answer =
                    client.post("/battles", page, Map.of("sides[5].label", "x", "add", "side", "durationMinutes", "5"));

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("data-side-index=\"2\"").doesNotContain("data-side-index=\"4\"");
        }

        @Test
        void startsAnIngestBattleOwnedByTheCreatorAndShowsThemItsKey() throws Exception {
            HttpResponse<String> page = client.get("/battles/new");

            HttpResponse<String> answer = client.post(
                    "/battles",
                    page,
                    Map.of(
                            "sides[0].creators[0]", "some.creator",
                            "sides[1].creators[0]", "@other.creator",
                            "durationMinutes", "2",
                            "source", "INGEST"));

            assertThat(answer.statusCode()).isEqualTo(302);
            String location = answer.headers().firstValue("Location").orElseThrow();
            assertThat(location).contains("/battles/");
            HttpResponse<String> scoreboard = client.get(location);
            assertThat(scoreboard.body())
                    .contains("some.creator vs other.creator", "data-testid=\"ingest-key\"", "X-Ingest-Key")
                    .contains("/api/battles/", "/overlay/", "data-testid=\"controls\"");
            String id = location.substring(location.lastIndexOf('/') + 1);
            assertThat(battles.find(id).orElseThrow().setup().ownerUserId()).isEqualTo(userIdOf("mia.moves"));
        }
    }

    @Nested
    class SignedOut {

        @Test
        void cannotStartABattleFromTheForm() throws Exception { // GH-10
            HttpResponse<String> page = client.get("/battles/new");
            int before = battles.running().size();

            HttpResponse<String> answer = client.post(
                    "/battles",
                    page,
                    Map.of(
                            "sides[0].creators[0]", "some.creator",
                            "sides[1].creators[0]", "other.creator",
                            "durationMinutes", "2",
                            "source", "INGEST"));

            assertThat(page.body()).contains("data-testid=\"sign-in-required\"");
            assertThat(answer.statusCode()).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location"))
                    .hasValueSatisfying(to -> assertThat(to).endsWith("/auth/tiktok"));
            assertThat(battles.running()).hasSize(before);
        }

        @Test
        void seesNoControlsKeyOrOverlayLinkOfAnotherCreatorsBattle() throws Exception { // GH-10
            BattleView battle = runningIngestBattle(Duration.ofMinutes(5), ownerId("leo.beats"));

            HttpResponse<String> page = client.get("/battles/" + battle.id());

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body())
                    .doesNotContain("data-testid=\"controls\"", "data-testid=\"ingest-key\"")
                    .doesNotContain(battles.ingestKey(battle.id()), battle.overlayToken(), "/end\"");
        }

        @Test
        void cannotEndOrBoostAnotherCreatorsBattleWithAValidCsrfToken() throws Exception { // GH-10
            BattleView battle = runningIngestBattle(Duration.ofMinutes(5), ownerId("leo.beats"));
            String side = battle.snapshot().sides().getFirst().id();
            HttpResponse<String> page = anyPageWithACsrfToken();

            HttpResponse<String> end = client.post("/battles/" + battle.id() + "/end", page, Map.of());
            HttpResponse<String> boost = client.post(
                    "/battles/" + battle.id() + "/boosters", page, Map.of("sideId", side, "kind", "STUN_HAMMER"));

            assertThat(end.statusCode()).isEqualTo(403);
            assertThat(boost.statusCode()).isEqualTo(403);
            BattleView after = battles.find(battle.id()).orElseThrow();
            assertThat(after.status().name()).isEqualTo("LIVE");
            assertThat(after.snapshot().sides())
                    .allSatisfy(s -> assertThat(s.effects()).isEmpty());
        }

        @Test
        void cannotSteerABattleWithoutOwner() throws Exception { // GH-10
            BattleView battle = runningIngestBattle(Duration.ofMinutes(5));
            HttpResponse<String> scoreboard = client.get("/battles/" + battle.id());

            HttpResponse<String> end =
                    client.post("/battles/" + battle.id() + "/end", anyPageWithACsrfToken(), Map.of());

            assertThat(scoreboard.body()).doesNotContain("data-testid=\"controls\"", battle.overlayToken());
            assertThat(end.statusCode()).isEqualTo(403);
            assertThat(battles.find(battle.id()).orElseThrow().status().name()).isEqualTo("LIVE");
        }

        /** The start form: any visitor gets a CSRF token from it, so a token proves nothing about the battle. */
        private HttpResponse<String> anyPageWithACsrfToken() throws Exception {
            return client.get("/battles/new");
        }

        private long ownerId(String username) throws Exception {
            new PageClient(BASE).signIn(emulator, username);
            return userIdOf(username);
        }
    }

    @Nested
    class AnotherCreator {

        @Test
        void cannotEndTheBattleOfTheOwner() throws Exception { // GH-10
            new PageClient(BASE).signIn(emulator, "leo.beats");
            BattleView battle = runningIngestBattle(Duration.ofMinutes(5), userIdOf("leo.beats"));
            client.signIn(emulator, "mia.moves");
            HttpResponse<String> page = client.get("/battles/" + battle.id());

            HttpResponse<String> end =
                    client.post("/battles/" + battle.id() + "/end", client.get("/battles/new"), Map.of());

            assertThat(page.body()).doesNotContain("data-testid=\"controls\"");
            assertThat(end.statusCode()).isEqualTo(403);
            assertThat(battles.find(battle.id()).orElseThrow().status().name()).isEqualTo("LIVE");
        }
    }

    @Nested
    class Scoreboard {

        @BeforeEach
        void signIn() throws Exception {
            client.signIn(emulator, "mia.moves");
        }

        private BattleView runningBattleOfMia(Duration duration) {
            return runningIngestBattle(duration, userIdOf("mia.moves"));
        }

        @Test
        void letsTheOwnerHideAFinishedBattleFromTheLeaderboardsAndDeleteIt() throws Exception { // GH-12
            BattleView battle = runningBattleOfMia(Duration.ofMinutes(5));
            battles.end(battle.id());
            HttpResponse<String> page = client.get("/battles/" + battle.id());
            assertThat(page.body())
                    .contains("data-testid=\"after-battle\"", "counts on the public leaderboards")
                    .contains("/overlay/" + battle.overlayToken() + "/leaderboard");

            HttpResponse<String> hidden = client.post(
                    "/battles/" + battle.id() + "/leaderboard-visibility", page, Map.of("visible", "false"));
            assertThat(hidden.statusCode()).isEqualTo(302);
            assertThat(client.get("/battles/" + battle.id()).body())
                    .contains("hidden from the public leaderboards", "Show on the leaderboards");

            PageClient visitor = new PageClient(BASE);
            HttpResponse<String> stranger =
                    visitor.post("/battles/" + battle.id() + "/delete", visitor.get("/battles/new"), Map.of());
            assertThat(stranger.statusCode()).isEqualTo(403);
            HttpResponse<String> deleted = client.post("/battles/" + battle.id() + "/delete", page, Map.of());
            assertThat(deleted.headers().firstValue("Location"))
                    .hasValueSatisfying(to -> assertThat(to).endsWith("/battles"));
            assertThat(client.get("/battles").body()).contains("was deleted");
            assertThat(client.get("/battles/" + battle.id()).statusCode()).isEqualTo(404);
        }

        @Test
        void rendersAHostileNicknameAsTextInTheFeedAndTopGifters() throws Exception {
            BattleView battle = runningIngestBattle(Duration.ofMinutes(5));
            corgi(battle, "ava.sparks", XSS);

            HttpResponse<String> page = client.get("/battles/" + battle.id());

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).doesNotContain(XSS);
            assertThat(page.body()).contains("data-testid=\"gift-sender\">&lt;img src=x onerror=alert(1)&gt;</strong>");
            assertThat(page.body()).contains("data-testid=\"gift-feed\"", "data-testid=\"top-gifters\"");
        }

        @Test
        void answersNotFoundForAnUnknownBattle() throws Exception {
            HttpResponse<String> page = client.get("/battles/no-such-battle");

            assertThat(page.statusCode()).isEqualTo(404);
            assertThat(page.body()).doesNotContain("Exception");
        }

        @Test
        void listsRunningBattlesFirstInTheHistory() throws Exception {
            BattleView battle = runningIngestBattle(Duration.ofMinutes(5));

            HttpResponse<String> page = client.get("/battles");

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("data-testid=\"running-battles\"", "/battles/" + battle.id());
        }

        @Test
        void rendersTheShareAndRematchButtonsOfARunningBattleHiddenForItsOwnerAlone() throws Exception { // GH-15
            BattleView battle = runningBattleOfMia(Duration.ofMinutes(5));

            String owner = client.get("/battles/" + battle.id()).body();
            String stranger =
                    new PageClient(BASE).get("/battles/" + battle.id()).body();

            assertThat(owner)
                    .containsPattern("class=\"ended-actions\" data-ended-only hidden")
                    .contains("data-testid=\"share-to-tiktok\"", "/battles/new?rematch=" + battle.id());
            assertThat(stranger).doesNotContain("data-ended-only", "share-to-tiktok", "rematch");
        }

        @Test
        void endsABattleEarlyFromTheControls() throws Exception {
            BattleView battle = runningBattleOfMia(Duration.ofMinutes(5));
            HttpResponse<String> page = client.get("/battles/" + battle.id());

            HttpResponse<String> answer = client.post("/battles/" + battle.id() + "/end", page, Map.of());

            assertThat(answer.statusCode()).isEqualTo(302);
            assertThat(battles.find(battle.id()).orElseThrow().status().name()).isEqualTo("ENDED");
        }

        @Test
        void triggersABoosterForASide() throws Exception {
            BattleView battle = runningBattleOfMia(Duration.ofMinutes(5));
            String side = battle.snapshot().sides().getFirst().id();
            HttpResponse<String> page = client.get("/battles/" + battle.id());

            HttpResponse<String> answer = client.post(
                    "/battles/" + battle.id() + "/boosters", page, Map.of("sideId", side, "kind", "BOOSTING_GLOVE"));
            HttpResponse<String> after =
                    client.get(answer.headers().firstValue("Location").orElseThrow());

            assertThat(after.body()).contains("Boosting Glove is on for Ava Sparks.");
        }
    }

    @Nested
    class Overlay {

        @Test
        void rendersTheOverlayOfAToken() throws Exception {
            BattleView battle = runningIngestBattle(Duration.ofMinutes(5));

            HttpResponse<String> page = client.get("/overlay/" + battle.overlayToken() + "?theme=neon&layout=bar");

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body())
                    .contains("theme-neon layout-bar", "data-overlay", "/overlay/" + battle.overlayToken() + "/stream")
                    .doesNotContain("<form", "_csrf");
        }

        @Test
        void rendersTheVerticalLayoutAtTheBottomWithAScale() throws Exception { // GH-15
            BattleView battle = runningIngestBattle(Duration.ofMinutes(5));

            HttpResponse<String> page =
                    client.get("/overlay/" + battle.overlayToken() + "?layout=vertical&position=bottom&scale=0.5");

            assertThat(page.body()).contains("theme-dark layout-vertical position-bottom", "data-scale=\"0.500\"");
        }

        @Test
        void ignoresAnUnknownThemeLayoutPositionAndAnAbsurdScale() throws Exception {
            BattleView battle = runningIngestBattle(Duration.ofMinutes(5));

            HttpResponse<String> page = client.get("/overlay/" + battle.overlayToken()
                    + "?theme=%3Cscript%3E&layout=sideways&position=left&scale=1e9");

            assertThat(page.body())
                    .contains("theme-dark layout-auto position-top")
                    .doesNotContain("<script>", "data-scale");
        }

        @Test
        void saysOverlayNotFoundOnATransparentPageForAnUnknownToken() throws Exception {
            HttpResponse<String> page = client.get("/overlay/not-a-token");

            assertThat(page.statusCode()).isEqualTo(404);
            assertThat(page.body()).contains("Overlay not found", "/css/overlay-not-found.css");
            assertThat(page.body()).doesNotContain("Exception", "Whitelabel");
            assertThat(client.get("/css/overlay-not-found.css").body()).contains("background: transparent");
        }

        @Test
        void servesATransparentStylesheet() throws Exception {
            HttpResponse<String> css = client.get("/css/overlay.css");

            assertThat(css.statusCode()).isEqualTo(200);
            assertThat(css.body()).contains("background: transparent", "overflow: hidden");
        }
    }
}
