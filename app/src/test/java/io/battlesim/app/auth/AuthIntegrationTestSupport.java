package io.battlesim.app.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.tiktok.emulator.TikTokEmulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The whole app on a real port in emulator mode, with an in-memory H2 and a temporary data directory; every
 * full-stack auth test shares this one context. Each test starts with no users.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
abstract class AuthIntegrationTestSupport {

    static final int PORT = TestSocketUtils.findAvailableTcpPort();
    static final URI BASE = URI.create("http://localhost:" + PORT + "/");
    static final Path DATA_DIR = temporaryDataDir();

    @Autowired
    protected TikTokEmulator emulator;

    @Autowired
    protected JdbcClient jdbc;

    @DynamicPropertySource
    static void appOnAFreePort(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("app.public-url", () -> "http://localhost:" + PORT);
        registry.add("app.data-dir", DATA_DIR::toString);
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:h2:mem:auth-it-" + PORT
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        registry.add("app.tiktok.client-key", () -> "");
        registry.add("app.tiktok.client-secret", () -> "");
        registry.add("app.security.token-encryption-key", () -> "");
    }

    @BeforeEach
    void startWithoutUsers() {
        jdbc.sql("DELETE FROM app_user").update();
    }

    TestBrowser newBrowser() {
        return new TestBrowser(BASE);
    }

    /** Connect TikTok → approve as {@code username} on the emulator → back at the app; returns the answer. */
    HttpResponse<String> approveOnTikTok(TestBrowser browser, String username) {
        return browser.approveOnTikTok(emulator, username);
    }

    /** The whole first sign-in: approve on TikTok, then tick both boxes on our consent page. */
    HttpResponse<String> signUp(TestBrowser browser, String username) {
        return browser.signUp(emulator, username);
    }

    /** A decoded query parameter of {@code uri}. */
    static String queryParam(URI uri, String name) {
        String value =
                UriComponentsBuilder.fromUri(uri).build().getQueryParams().getFirst(name);
        assertThat(value).as("query parameter %s of %s", name, uri).isNotNull();
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    String openIdOf(String username) {
        return emulator.account(username).orElseThrow().openId();
    }

    long userCount() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
    }

    long tokenRowCount() {
        return jdbc.sql("SELECT COUNT(*) FROM tiktok_token").query(Long.class).single();
    }

    private static Path temporaryDataDir() {
        try {
            Path dir = Files.createTempDirectory("battlesim-auth-it");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
