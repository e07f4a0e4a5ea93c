package io.battlesim.app.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.tiktok.emulator.RegisteredApp;
import io.battlesim.tiktok.emulator.TikTokEmulator;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes the fuzzer's world the way users would: creators sign up through the emulator's consent screen and ours,
 * battles are created and ended with the JSON API, a finished battle is shared with the share form.
 */
final class FuzzSetup {

    private final TikTokEmulator emulator;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<Session, Browser> browsers = new EnumMap<>(Session.class);

    FuzzSetup(URI base, TikTokEmulator emulator) {
        this.emulator = emulator;
        for (Session session : Session.values()) {
            browsers.put(session, new Browser(base, session != Session.NONE));
        }
    }

    FuzzWorld build() {
        browser(Session.VISITOR).get("/battles/new");
        signUp(browser(Session.MEMBER), "ava.sparks");
        signUp(browser(Session.LEAVER), "leo.beats");
        approveOnly(browser(Session.CONSENTING), "mia.moves");
        Map<String, String> keys = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            JsonNode created = createBattle(browser(Session.MEMBER));
            keys.put(
                    created.path("battle").path("id").asString(),
                    created.path("ingestKey").asString());
        }
        JsonNode visitors = createBattle(browser(Session.NONE));
        keys.put(
                visitors.path("battle").path("id").asString(),
                visitors.path("ingestKey").asString());
        JsonNode ingest = createBattle(browser(Session.NONE));
        String ingestBattle = ingest.path("battle").path("id").asString();
        keys.put(ingestBattle, ingest.path("ingestKey").asString());
        String overlayToken = overlayToken(visitors);
        String ended =
                createBattle(browser(Session.MEMBER)).path("battle").path("id").asString();
        browser(Session.MEMBER).postJson("/api/battles/" + ended + "/end", "");
        String jobId = sharePhoto(ended);
        browser(Session.MEMBER).get("/battles/new");
        browser(Session.LEAVER).get("/battles/new");
        return new FuzzWorld(
                browsers,
                browser(Session.NONE).getJson("/api/openapi").body(),
                keys,
                ingestBattle,
                ended,
                overlayToken,
                jobId,
                publishId(jobId),
                webhookSecret(),
                List.of(openId("ava.sparks"), openId("leo.beats")));
    }

    private Browser browser(Session session) {
        return browsers.get(session);
    }

    /** Connect TikTok, approve on the emulator, tick both boxes on our consent page. */
    private void signUp(Browser browser, String username) {
        approveOnly(browser, username);
        browser.get("/auth/consent");
        HttpResponse<String> accepted = browser.postForm(
                "/auth/consent",
                Map.of(
                        "_csrf", browser.csrfField(),
                        "ageConfirmed", "true",
                        "consentAccepted", "true",
                        "decision", "accept"));
        assertThat(accepted.statusCode()).as("consent of %s", username).isEqualTo(302);
    }

    private void approveOnly(Browser browser, String username) {
        HttpResponse<String> start = browser.get("/auth/tiktok");
        URI authorize =
                start.uri().resolve(start.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> callback =
                browser.get(emulator.approve(authorize, username).toString());
        assertThat(callback.headers().firstValue("Location"))
                .as("callback of %s", username)
                .hasValueSatisfying(location -> assertThat(location).endsWith("/auth/consent"));
    }

    /** A running ingest battle of Ava and Leo, created with the JSON API. */
    private JsonNode createBattle(Browser browser) {
        String body = """
                {"title":"Fuzz battle","source":"INGEST","start":true,"sides":[
                  {"label":"Ava","rooms":[{"username":"ava.sparks"}]},
                  {"label":"Leo","rooms":[{"username":"leo.beats"}]}]}""";
        HttpResponse<String> created = browser.postJson("/api/battles", body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body());
    }

    private static String overlayToken(JsonNode created) {
        String url = created.path("overlayUrl").asString();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    /** The share form of a finished battle, posted as a private photo post; the job id from the redirect. */
    private String sharePhoto(String battleId) {
        Browser member = browser(Session.MEMBER);
        HttpResponse<String> form = member.get("/publish/battles/" + battleId);
        assertThat(form.statusCode()).as("share form").isEqualTo(200);
        String key = form.body().replaceAll("(?s).*name=\"idempotencyKey\"\\s+value=\"([^\"]+)\".*", "$1");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", member.csrfField());
        fields.put("idempotencyKey", key);
        fields.put("title", "Fuzz result");
        fields.put("privacyLevel", "SELF_ONLY");
        HttpResponse<String> posted = member.postForm("/publish/battles/" + battleId + "/photo", fields);
        assertThat(posted.statusCode()).as("share").isEqualTo(302);
        String location = posted.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** The job's publish id, once TikTok gave one (a few seconds at most); null when it takes longer. */
    private @Nullable String publishId(String jobId) {
        Instant until = Instant.now().plus(Duration.ofSeconds(5));
        while (Instant.now().isBefore(until)) {
            HttpResponse<String> job = browser(Session.MEMBER).getJson("/api/publish/jobs/" + jobId);
            String publishId = json.readTree(job.body()).path("publishId").asString("");
            if (!publishId.isEmpty()) {
                return publishId;
            }
            sleep();
        }
        return null;
    }

    private String webhookSecret() {
        return emulator.apps().all().stream()
                .map(RegisteredApp::clientSecret)
                .findFirst()
                .orElseThrow();
    }

    private String openId(String username) {
        return emulator.account(username).orElseThrow().openId();
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
