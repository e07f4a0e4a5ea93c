package io.battlesim.app.scoreboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.app.battle.BattleRules;
import io.battlesim.app.battle.BattleSetup;
import io.battlesim.app.battle.BattleView;
import io.battlesim.app.battle.RoomBinding;
import io.battlesim.app.battle.SideSetup;
import io.battlesim.app.battle.SourceKind;
import io.battlesim.app.scoreboard.ScoreboardIntegrationTestSupport;
import io.battlesim.engine.audience.AudienceRules;
import io.battlesim.engine.audience.BoosterGoal;
import io.battlesim.engine.audience.GiftVotes;
import io.battlesim.engine.audience.LikeGoal;
import io.battlesim.engine.powerup.PowerUpKind;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Audience interaction on the battle pages, on a real server in emulator mode: the start form's settings become
 * the battle's audience rules (and its rematch's), bad numbers come back as field messages, the scoreboard shows the
 * Audience panel with the viewer page's link and QR code, and the overlay its audience layout and QR code.
 */
class AudiencePagesIntegrationTests extends ScoreboardIntegrationTestSupport {

    private static final String XSS = "<img src=x onerror=alert(1)>";

    private final PageClient client = new PageClient(BASE);

    @Nested
    class StartForm {

        @Test
        void createsABattleWhoseRulesCarryTheAudienceSettingsAndRematchesWithThem() throws Exception {
            client.signIn(emulator, "mia.moves");
            HttpResponse<String> page = client.get("/battles/new");
            Map<String, String> fields = ingestBattle();
            fields.putAll(Map.of(
                    "audience.enabled", "true",
                    "audience.votesPerWindow", "3",
                    "audience.voteWindowSeconds", "30",
                    "audience.boosters[0].threshold", "20",
                    "audience.boosters[0].cooldownSeconds", "15",
                    "_audience.boosters[2].offered", "on",
                    "audience.likeGoal", "500",
                    "audience.likeGoalBooster", "TIME_MAKER",
                    "_audience.chatCommands", "on"));
            fields.putAll(Map.of(
                    "audience.giftVotes", "true", "audience.coinsPerVote", "5", "audience.maxVotesPerGift", "3"));

            HttpResponse<String> answer = client.post("/battles", page, fields);

            assertThat(page.body())
                    .contains("data-testid=\"audience-fieldset\"", "Audience interaction")
                    .doesNotContainPattern("name=\"audience.enabled\" value=\"true\" checked")
                    .containsPattern("name=\"audience.votesPerWindow\" value=\"1\"")
                    .containsPattern("name=\"audience.boosters\\[2\\].threshold\" value=\"100\"");
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
            String id = idOf(answer);
            AudienceRules rules = battles.find(id).orElseThrow().setup().rules().audience();
            assertThat(rules.enabled()).isTrue();
            assertThat(rules.votesPerWindow()).isEqualTo(3);
            assertThat(rules.voteWindow()).isEqualTo(Duration.ofSeconds(30));
            assertThat(rules.boosters())
                    .containsOnlyKeys(PowerUpKind.BOOSTING_GLOVE, PowerUpKind.MAGIC_MIST, PowerUpKind.TIME_MAKER)
                    .containsEntry(PowerUpKind.BOOSTING_GLOVE, new BoosterGoal(20, Duration.ofSeconds(15)));
            assertThat(rules.likeGoal()).isEqualTo(new LikeGoal(500, PowerUpKind.TIME_MAKER));
            assertThat(rules.chatCommands()).isFalse();
            assertThat(rules.giftVotes()).isEqualTo(new GiftVotes(5, 3));
            assertThat(client.get("/battles/" + id).body())
                    .contains("data-testid=\"audience-settings\"", "Chat commands are off");

            battles.end(id);
            String rematch = client.get("/battles/new?rematch=" + id).body();

            assertThat(rematch)
                    .containsPattern("name=\"audience.enabled\" value=\"true\" checked")
                    .containsPattern("name=\"audience.votesPerWindow\" value=\"3\"")
                    .containsPattern("name=\"audience.boosters\\[0\\].threshold\" value=\"20\"")
                    .doesNotContainPattern("name=\"audience.boosters\\[2\\].offered\" value=\"true\" checked")
                    .containsPattern("name=\"audience.boosters\\[3\\].offered\" value=\"true\" checked")
                    .containsPattern("value=\"TIME_MAKER\"\\s+selected");
        }

        @Test
        void explainsBadAudienceNumbersNextToTheirFieldsWithoutAnErrorPage() throws Exception {
            client.signIn(emulator, "mia.moves");
            HttpResponse<String> page = client.get("/battles/new");
            Map<String, String> fields = ingestBattle();
            fields.putAll(Map.of(
                    "audience.enabled", "true",
                    "audience.votesPerWindow", "0",
                    "audience.voteWindowSeconds", "abc",
                    "audience.boosters[1].threshold", "99999999999",
                    "audience.boosters[3].cooldownSeconds", "-1",
                    "audience.likeGoal", "1e9",
                    "audience.likeGoalBooster", "ROCKET",
                    "audience.giftVotes", "true",
                    "audience.coinsPerVote", "0"));
            int before = battles.running().size();

            HttpResponse<String> typos = client.post("/battles", page, fields);
            fields.putAll(Map.of(
                    "audience.voteWindowSeconds",
                    "10",
                    "audience.boosters[1].threshold",
                    "50",
                    "audience.likeGoal",
                    "1000",
                    "audience.likeGoalBooster",
                    "BOOSTING_GLOVE"));
            HttpResponse<String> ranges = client.post("/battles", page, fields);

            assertThat(typos.statusCode()).isEqualTo(200);
            assertThat(typos.body())
                    .contains("data-testid=\"audience-error-voteWindowSeconds\"")
                    .contains("Enter a whole number. The window lasts from 1 to 3,600 seconds.")
                    .contains("Enter a whole number. A goal takes from 1 to 1,000,000 votes.")
                    .contains("Enter a whole number. The like goal goes from 0 (none) to 100,000,000 likes.")
                    .contains("Pick the like goal&#39;s booster from the list.")
                    .containsPattern("<details class=\"audience-details\" open")
                    .doesNotContain("java.lang", "io.battlesim", "Failed to convert", "data-testid=\"error-status\"");
            assertThat(ranges.statusCode()).isEqualTo(200);
            assertThat(ranges.body())
                    .contains("Votes per viewer go from 1 to 100 per window.")
                    .contains("data-testid=\"audience-error-cooldown-TIME_MAKER\"")
                    .contains("The cool-down lasts from 0 to 3,600 seconds.")
                    .contains("One vote costs from 1 to 1,000,000 coins.")
                    .doesNotContain("java.lang", "data-testid=\"error-status\"");
            assertThat(battles.running()).hasSize(before);
        }

        @Test
        void refusesToOfferViewersABoosterTheyMayNotTriggerButLeavesItOutWhileVotingIsOff() throws Exception {
            client.signIn(emulator, "mia.moves");
            HttpResponse<String> page = client.get("/battles/new");
            Map<String, String> fields = ingestBattle();
            fields.put("audiencePowerUps", "BOOSTING_GLOVE");
            fields.put("audience.enabled", "true");

            HttpResponse<String> on = client.post("/battles", page, fields);
            fields.remove("audience.enabled");
            HttpResponse<String> off = client.post("/battles", page, fields);

            assertThat(on.statusCode()).isEqualTo(200);
            assertThat(on.body())
                    .contains("data-testid=\"audience-error-offer-STUN_HAMMER\"")
                    .contains("Stun Hammer is not among the boosters viewers may trigger")
                    .doesNotContain("data-testid=\"audience-error-offer-BOOSTING_GLOVE\"");
            assertThat(off.statusCode()).as(off.body()).isEqualTo(302);
            AudienceRules rules =
                    battles.find(idOf(off)).orElseThrow().setup().rules().audience();
            assertThat(rules.enabled()).isFalse();
            assertThat(rules.boosters()).containsOnlyKeys(PowerUpKind.BOOSTING_GLOVE);
        }

        private Map<String, String> ingestBattle() {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("sides[0].creators[0]", "some.creator");
            fields.put("sides[1].creators[0]", "other.creator");
            fields.put("durationMinutes", "5");
            fields.put("source", "INGEST");
            return fields;
        }

        private static String idOf(HttpResponse<String> created) {
            String location = created.headers().firstValue("Location").orElseThrow();
            return location.substring(location.lastIndexOf('/') + 1);
        }
    }

    @Nested
    class Scoreboard {

        @Test
        void showsViewersTheAudiencePanelWithTheViewerLinkAndQrCodeAndHostileLabelsAsText() throws Exception {
            BattleView battle = audienceBattle(XSS, AudienceRules.standard(), null);

            String page = client.get("/battles/" + battle.id()).body();

            assertThat(page)
                    .contains("data-testid=\"audience-panel\"", "data-audience-bars", "data-audience-goals")
                    .contains("href=\"/v/" + battle.id() + "\"", "src=\"/v/" + battle.id() + "/qr.svg\"")
                    .contains("value=\"" + BASE + "/v/" + battle.id() + "\"")
                    .contains("In the LIVE chat: !vote A · !boost glove A · #A (A = &lt;img src=x"
                            + " onerror=alert(1)&gt;, B = Leo Beats)")
                    .doesNotContain(XSS, "data-testid=\"audience-settings\"")
                    .doesNotContainPattern("class=\"audience[^\"]*is-off");
        }

        @Test
        void givesTheControllerTheAudienceSwitchAndRulesWhileTheBattleRuns() throws Exception {
            client.signIn(emulator, "mia.moves");
            BattleView battle = audienceBattle("Ava Sparks", AudienceRules.off(), userIdOf("mia.moves"));

            String running = client.get("/battles/" + battle.id()).body();
            battles.end(battle.id());
            String ended = client.get("/battles/" + battle.id()).body();

            assertThat(running)
                    .contains("data-testid=\"audience-settings\"", "data-testid=\"audience-switch\"")
                    .contains("action=\"/api/battles/" + battle.id() + "/audience\"")
                    .containsPattern("class=\"audience[^\"]*is-off")
                    .containsPattern("name=\"boosters\\[2\\].threshold\" value=\"100\"")
                    .doesNotContainPattern("name=\"enabled\" value=\"true\" checked");
            assertThat(ended).contains("data-testid=\"audience-panel\"").doesNotContain("audience-settings");
        }
    }

    @Nested
    class Overlay {

        @Test
        void showsTheAudienceLayoutWithTheViewerPagesQrCode() throws Exception {
            BattleView battle = audienceBattle("Ava Sparks", AudienceRules.standard(), null);

            String page = client.get("/overlay/" + battle.overlayToken() + "?layout=audience&qr=1")
                    .body();

            assertThat(page)
                    .contains("layout-audience", "has-audience", "data-testid=\"overlay-audience\"")
                    .contains("data-testid=\"overlay-qr\"", "src=\"/v/" + battle.id() + "/qr.svg\"")
                    .contains("Vote: scan me", "localhost:" + BASE.getPort() + "/v/" + battle.id());
        }

        @Test
        void hidesTheAudienceWidgetsAndShowsNoQrCodeUnlessAskedWhileVotingIsOff() throws Exception {
            BattleView battle = audienceBattle("Ava Sparks", AudienceRules.off(), null);

            String page = client.get("/overlay/" + battle.overlayToken()).body();

            assertThat(page)
                    .containsPattern("class=\"audience-box is-off\"")
                    .doesNotContain("has-audience", "data-testid=\"overlay-qr\"");
        }
    }

    /** A running ingest battle of ava.sparks (labelled {@code label}) against Leo Beats with these audience rules. */
    private BattleView audienceBattle(String label, AudienceRules audience, @Nullable Long owner) {
        BattleView created = battles.create(new BattleSetup(
                "Audience battle",
                List.of(
                        new SideSetup(label, List.of(RoomBinding.host("ava.sparks", "ava.sparks", "ava.sparks"))),
                        new SideSetup("Leo Beats", List.of(RoomBinding.host("leo.beats", "leo.beats", "leo.beats")))),
                new BattleRules(Duration.ofMinutes(5), null, 0, EnumSet.allOf(PowerUpKind.class), audience),
                SourceKind.INGEST,
                owner));
        return battles.start(created.id());
    }
}
