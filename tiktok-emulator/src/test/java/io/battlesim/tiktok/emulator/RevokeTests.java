package io.battlesim.tiktok.emulator;

import static io.battlesim.tiktok.emulator.EmulatorHarness.ALL_SCOPES;
import static io.battlesim.tiktok.emulator.EmulatorHarness.RFC;
import static io.battlesim.tiktok.emulator.EmulatorHarness.WEB;
import static io.battlesim.tiktok.emulator.EmulatorHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class RevokeTests {

    private final EmulatorHarness harness = EmulatorHarness.start();

    @AfterEach
    void stop() {
        harness.close();
    }

    private HttpResponse<String> revoke(RegisteredApp app, String token) {
        Map<String, String> form = EmulatorHarness.clientForm(app);
        form.put("token", token);
        return harness.postForm("/v2/oauth/revoke/", form);
    }

    @Test
    void answersWithAnEmptyObject() {
        HttpResponse<String> response =
                revoke(WEB, harness.login(ALL_SCOPES).get("access_token").asString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{}");
    }

    @Test
    void makesUserInfoAnswer401() {
        String access = harness.login(ALL_SCOPES).get("access_token").asString();

        revoke(WEB, access);
        HttpResponse<String> response = harness.userInfo(access, "open_id");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).at("/error/code").asString()).isEqualTo("access_token_invalid");
    }

    @Test
    void revokesTheRefreshTokenToo() {
        JsonNode tokens = harness.login(ALL_SCOPES);

        revoke(WEB, tokens.get("access_token").asString());

        HttpResponse<String> refresh =
                harness.refresh(WEB, tokens.get("refresh_token").asString());
        assertThat(refresh.statusCode()).isEqualTo(400);
        assertThat(json(refresh).get("error").asString()).isEqualTo("invalid_grant");
    }

    @Test
    void disconnectsEveryTokenOfThatUserAndApp() {
        String firstLogin = harness.login(ALL_SCOPES).get("access_token").asString();
        String secondLogin = harness.login(ALL_SCOPES).get("access_token").asString();

        revoke(WEB, secondLogin);

        assertThat(harness.userInfo(firstLogin, "open_id").statusCode()).isEqualTo(401);
    }

    @Test
    void succeedsAgainForAnAlreadyRevokedToken() {
        String access = harness.login(ALL_SCOPES).get("access_token").asString();
        revoke(WEB, access);

        assertThat(revoke(WEB, access).statusCode()).isEqualTo(200);
    }

    @Test
    void refusesTheRefreshToken() {
        HttpResponse<String> response =
                revoke(WEB, harness.login(ALL_SCOPES).get("refresh_token").asString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error").asString()).isEqualTo("invalid_request");
    }

    @Test
    void refusesATokenOfAnotherClient() {
        String access = harness.login(ALL_SCOPES).get("access_token").asString();

        HttpResponse<String> response = revoke(RFC, access);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(harness.userInfo(access, "open_id").statusCode()).isEqualTo(200);
    }

    @Test
    void refusesAWrongSecretWith401() {
        String access = harness.login(ALL_SCOPES).get("access_token").asString();
        Map<String, String> form =
                EmulatorHarness.form("client_key", WEB.clientKey(), "client_secret", "x", "token", access);

        HttpResponse<String> response = harness.postForm("/v2/oauth/revoke/", form);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).get("error").asString()).isEqualTo("invalid_client");
        assertThat(harness.userInfo(access, "open_id").statusCode()).isEqualTo(200);
    }
}
