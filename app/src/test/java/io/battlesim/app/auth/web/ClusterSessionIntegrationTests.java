package io.battlesim.app.auth.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.battlesim.app.auth.TestBrowser;
import io.battlesim.app.auth.web.SignInClusterNodes.Node;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Two app nodes in cluster mode on one PostgreSQL and no sticky sessions: every step of a sign-in may land on either
 * node, and so may the pages and the sign-out after it.
 */
class ClusterSessionIntegrationTests {

    private static SignInClusterNodes cluster;
    private static Node a;
    private static Node b;

    @BeforeAll
    static void startNodes() {
        Optional<SignInClusterNodes> nodes = SignInClusterNodes.onPostgres();
        assumeThat(nodes).as("PostgreSQL on 127.0.0.1:5432").isPresent();
        cluster = nodes.orElseThrow();
        a = cluster.start("a");
        b = cluster.start("b");
    }

    @AfterAll
    static void stopNodes() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void completesAFirstSignInWhoseStepsLandOnEitherNode() {
        var browser = newBrowser();
        URI authorize = TestBrowser.location(browser.get(a.url("/auth/tiktok")));
        assertThat(authorize.toString()).startsWith(cluster.emulatorUrl() + "/v2/auth/authorize/");
        URI callback = cluster.emulator().approve(authorize, "ava.sparks");

        HttpResponse<String> backOnB = browser.get(b.url(callback.toString()));
        HttpResponse<String> consentOnA = browser.get(a.url("/auth/consent"));
        HttpResponse<String> acceptedOnB = browser.postForm(
                b.url("/auth/consent"),
                TestBrowser.formWithCsrf(
                        consentOnA, "ageConfirmed", "true", "consentAccepted", "true", "decision", "accept"));
        HttpResponse<String> homeOnA = browser.get(a.url("/"));

        assertThat(TestBrowser.location(backOnB).getPath()).isEqualTo("/auth/consent");
        assertThat(consentOnA.statusCode()).isEqualTo(200);
        assertThat(consentOnA.body()).contains("Ava Sparks");
        assertThat(TestBrowser.location(acceptedOnB).getPath()).isEqualTo("/");
        assertThat(homeOnA.body()).contains("data-testid=\"display-name\">Ava Sparks<");
        assertThat(pendingConsentRows()).isZero();
        assertThat(cluster.jdbc()
                        .sql("SELECT principal_name FROM spring_session")
                        .query(String.class)
                        .list())
                .as("sessions are indexed by user id, not by the whole profile")
                .contains(Long.toString(userIdOf("ava.sparks")));
    }

    @Test
    void completesAReturningUsersSignInStartedOnOneNodeOnTheOther() {
        signOut(signedUp("leo.beats"), a);
        var browser = newBrowser();
        URI authorize = TestBrowser.location(browser.get(a.url("/auth/tiktok")));
        URI callback = cluster.emulator().approve(authorize, "leo.beats");

        HttpResponse<String> backOnB = browser.get(b.url(callback.toString()));

        assertThat(TestBrowser.location(backOnB).getPath()).isEqualTo("/");
        assertThat(browser.get(a.url("/")).body()).contains("data-testid=\"display-name\">Leo");
        assertThat(browser.get(b.url("/")).body()).contains("data-testid=\"display-name\">Leo");
    }

    @Test
    void signingOutOnOneNodeEndsTheSessionOnEveryNode() {
        TestBrowser browser = signedUp("mia.moves");
        String cookie = browser.cookie("JSESSIONID").orElseThrow();
        assertThat(pageWithCookie(b, cookie)).contains("data-testid=\"display-name\"");

        signOut(browser, b);

        assertThat(browser.get(a.url("/")).body()).contains("data-testid=\"connect-tiktok\"");
        assertThat(pageWithCookie(a, cookie))
                .as("the old cookie is worth nothing on the other node either")
                .contains("data-testid=\"connect-tiktok\"")
                .doesNotContain("data-testid=\"display-name\"");
    }

    @Test
    void signsOutASessionWhoseSignInThisReleaseCannotRead() {
        TestBrowser browser = signedUp("zoe.paints");
        cluster.jdbc()
                .sql("UPDATE spring_session_attributes SET attribute_bytes = :bytes WHERE attribute_name = :name")
                .param("bytes", new byte[] {(byte) 0xAC, (byte) 0xED, 0, 5, 1, 2, 3})
                .param("name", HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                .update();

        HttpResponse<String> home = browser.get(b.url("/"));

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("data-testid=\"connect-tiktok\"");
    }

    @Test
    void writesTheSessionCookieWithTheSingleNodesNameAndRules() {
        HttpResponse<String> start = newBrowser().get(a.url("/auth/tiktok"));

        assertThat(start.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("JSESSIONID=")
                        .contains("Path=/")
                        .contains("HttpOnly")
                        .contains("SameSite=Lax")
                        .doesNotContain("Secure"));
    }

    @Test
    void keepsAPendingConsentSealedAndRevokesItWhenAnyNodePurgesItAfterItsExpiry() {
        var browser = newBrowser();
        URI authorize = TestBrowser.location(browser.get(a.url("/auth/tiktok")));
        browser.get(b.url(cluster.emulator().approve(authorize, "omar.cooks").toString()));
        String openId = openIdOf("omar.cooks");
        assertThat(cluster.jdbc()
                        .sql("SELECT sealed FROM pending_consent")
                        .query(String.class)
                        .list())
                .singleElement()
                .satisfies(value -> assertThat(value).doesNotContain(openId).doesNotContain("Omar"));

        int purged = b.bean(PendingConsentPurge.class)
                .purgeExpiredBefore(Instant.now().plus(Duration.ofHours(1)));

        assertThat(purged).isOne();
        assertThat(pendingConsentRows()).isZero();
        assertThat(newestAccessTokenRow(openId)).contains("revoked");
        assertThat(browser.get(a.url("/auth/consent")).statusCode()).isEqualTo(400);
    }

    @Test
    void revokesAPendingConsentAtOnceWhenTheVisitorSignsOutOnAnotherNode() {
        var browser = newBrowser();
        URI authorize = TestBrowser.location(browser.get(a.url("/auth/tiktok")));
        browser.get(a.url(cluster.emulator().approve(authorize, "kai.games").toString()));
        HttpResponse<String> consentOnA = browser.get(a.url("/auth/consent"));
        assertThat(newestAccessTokenRow(openIdOf("kai.games"))).contains("active");

        browser.postForm(b.url("/logout"), TestBrowser.formWithCsrf(consentOnA));

        assertThat(newestAccessTokenRow(openIdOf("kai.games"))).contains("revoked");
        assertThat(pendingConsentRows()).isZero();
    }

    private static TestBrowser newBrowser() {
        return new TestBrowser(URI.create(cluster.publicUrl() + "/"));
    }

    /** A browser through a whole first sign-in on node a. */
    private static TestBrowser signedUp(String username) {
        var browser = newBrowser();
        URI authorize = TestBrowser.location(browser.get(a.url("/auth/tiktok")));
        browser.get(a.url(cluster.emulator().approve(authorize, username).toString()));
        HttpResponse<String> consent = browser.get(a.url("/auth/consent"));
        browser.postForm(
                a.url("/auth/consent"),
                TestBrowser.formWithCsrf(
                        consent, "ageConfirmed", "true", "consentAccepted", "true", "decision", "accept"));
        assertThat(browser.get(a.url("/")).body()).contains("data-testid=\"display-name\"");
        return browser;
    }

    private static void signOut(TestBrowser browser, Node node) {
        HttpResponse<String> home = browser.get(node.url("/"));
        HttpResponse<String> signedOut = browser.postForm(node.url("/logout"), TestBrowser.formWithCsrf(home));
        assertThat(signedOut.statusCode()).isEqualTo(302);
    }

    /** The home page of {@code node} for a request with only this session cookie, as a stolen cookie would be. */
    private static String pageWithCookie(Node node, String sessionCookie) {
        var request = HttpRequest.newBuilder(URI.create(node.url("/")))
                .header("Cookie", "JSESSIONID=" + sessionCookie)
                .timeout(Duration.ofSeconds(20))
                .build();
        try (var http = HttpClient.newHttpClient()) {
            return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new AssertionError("request to " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static String openIdOf(String username) {
        return cluster.emulator().account(username).orElseThrow().openId();
    }

    private static long userIdOf(String username) {
        return cluster.jdbc()
                .sql("SELECT id FROM app_user WHERE open_id = :openId")
                .param("openId", openIdOf(username))
                .query(Long.class)
                .single();
    }

    private static long pendingConsentRows() {
        return cluster.jdbc()
                .sql("SELECT COUNT(*) FROM pending_consent")
                .query(Long.class)
                .single();
    }

    /** The emulator status page's row of the newest user access token of {@code openId}, tags removed. */
    private static String newestAccessTokenRow(String openId) {
        String page = newBrowser().get(cluster.emulatorUrl() + "/").body();
        List<String> rows = Arrays.stream(page.split("<tr><td><code>")).skip(1).toList();
        return rows.stream()
                .filter(row -> row.contains(openId) && row.contains("USER_ACCESS"))
                .findFirst()
                .map(row -> row.replaceAll("<[^>]+>", " "))
                .orElseThrow(() -> new AssertionError("the emulator lists no access token of " + openId));
    }
}
