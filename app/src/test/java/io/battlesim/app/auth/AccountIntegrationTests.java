package io.battlesim.app.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.app.auth.token.TokenVault;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Disconnect and delete-my-data over HTTP: revoked at TikTok, gone from the database, signed out. */
class AccountIntegrationTests extends AuthIntegrationTestSupport {

    @Autowired
    TokenVault vault;

    @Test
    void disconnectRevokesAtTikTokDeletesTheTokensAndSignsOut() {
        var browser = newBrowser();
        HttpResponse<String> home = signUp(browser, "ava.sparks");
        String accessToken = accessTokenOf("ava.sparks");
        assertThat(tikTokUserInfoStatus(accessToken)).isEqualTo(200);

        HttpResponse<String> answer = browser.postForm("/auth/disconnect", TestBrowser.formWithCsrf(home));

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(TestBrowser.location(answer).getPath()).isEqualTo("/");
        assertThat(tikTokUserInfoStatus(accessToken)).isEqualTo(401);
        assertThat(tokenRowCount()).isZero();
        assertThat(userCount()).isOne();
        assertThat(browser.get("/").body()).contains("data-testid=\"connect-tiktok\"");
    }

    @Test
    void keepsTheTokensOfASignedInUserEncryptedAtRest() {
        signUp(newBrowser(), "zoe.paints");
        var tokens = vault.findByOpenId(openIdOf("zoe.paints")).orElseThrow().tokens();

        String row = jdbc.sql("SELECT access_token_enc, refresh_token_enc, scopes FROM tiktok_token")
                .query()
                .singleRow()
                .toString();

        assertThat(row)
                .doesNotContain(tokens.accessToken())
                .doesNotContain(tokens.refreshToken())
                .doesNotContain(java.util.Base64.getEncoder()
                        .encodeToString(tokens.accessToken().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void disconnectWithoutACsrfTokenIsForbidden() {
        var browser = newBrowser();
        signUp(browser, "leo.beats");

        HttpResponse<String> answer = browser.postForm("/auth/disconnect", Map.of());

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(tokenRowCount()).isOne();
        assertThat(browser.get("/").body()).contains("Leo");
    }

    @Test
    void aFormWithoutACsrfTokenGetsTheForbiddenPage() { // GH-10
        var browser = newBrowser();
        signUp(browser, "leo.beats");

        HttpResponse<String> answer = browser.postForm("/auth/disconnect", Map.of(), Map.of("Accept", "text/html"));

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(answer.body()).contains("You can't open this page").doesNotContain("problem");
    }

    @Test
    void deleteAllMyDataRemovesTheUserAndRevokesTheToken() {
        var browser = newBrowser();
        HttpResponse<String> home = signUp(browser, "mia.moves");
        String accessToken = accessTokenOf("mia.moves");

        HttpResponse<String> answer = browser.postForm("/account/delete", TestBrowser.formWithCsrf(home));

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(TestBrowser.location(answer).toString()).endsWith("/?deleted");
        assertThat(userCount()).isZero();
        assertThat(tokenRowCount()).isZero();
        assertThat(tikTokUserInfoStatus(accessToken)).isEqualTo(401);
        assertThat(browser.get("/").body()).contains("data-testid=\"connect-tiktok\"");
    }

    @Test
    void aDeletedAccountIsSignedOutInEveryBrowser() {
        var laptop = newBrowser();
        var phone = newBrowser();
        HttpResponse<String> home = signUp(laptop, "noah.laughs");
        approveOnTikTok(phone, "noah.laughs");
        assertThat(phone.get("/").body()).contains("Noah");

        laptop.postForm("/account/delete", TestBrowser.formWithCsrf(home));

        assertThat(phone.get("/").body())
                .contains("data-testid=\"connect-tiktok\"")
                .doesNotContain("Noah");
    }

    @Test
    void deletingDataNeedsASignedInUser() {
        var browser = newBrowser();
        browser.get("/api/auth/status");

        HttpResponse<String> answer = browser.postForm("/account/delete", Map.of(), browser.xsrfHeader());

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(TestBrowser.location(answer).getPath()).isEqualTo("/");
    }

    private String accessTokenOf(String username) {
        return vault.findByOpenId(openIdOf(username)).orElseThrow().tokens().accessToken();
    }

    private int tikTokUserInfoStatus(String accessToken) {
        return newBrowser()
                .get("/emulator/v2/user/info/?fields=open_id", Map.of("Authorization", "Bearer " + accessToken))
                .statusCode();
    }
}
