package io.battlesim.tiktok.client;

import io.battlesim.tiktok.emulator.EmulatorServer;
import io.battlesim.tiktok.emulator.MutableClock;
import io.battlesim.tiktok.emulator.PkceMode;
import io.battlesim.tiktok.emulator.RegisteredApp;
import io.battlesim.tiktok.emulator.SandboxAccount;
import io.battlesim.tiktok.emulator.TikTokEmulator;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The real offline emulator served over HTTP on a free port, with a registered sandbox app and a client pointed at
 * it; the client shares the emulator's {@link MutableClock} and records pauses instead of sleeping.
 */
final class EmulatorFixture implements AutoCloseable {

    static final String CLIENT_KEY = "sbawcontracttests";
    static final String CLIENT_SECRET = "contract-tests-client-secret-0001";
    static final String REDIRECT_URI = "http://localhost:5000/auth/tiktok/callback";
    static final Set<String> APP_SCOPES =
            Set.of("user.info.basic", "user.info.profile", "user.info.stats", "video.list");

    private final MutableClock clock = new MutableClock(TestClock.START);
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final TikTokEmulator emulator;
    private final EmulatorServer server;
    private final TikTokClient client;

    static final Set<String> PUBLISH_SCOPES = Set.of(
            "user.info.basic", "user.info.profile", "user.info.stats", "video.list", "video.publish", "video.upload");

    private EmulatorFixture(UnaryOperator<TikTokEmulator.Builder> emulatorSettings) {
        this(emulatorSettings, APP_SCOPES, false);
    }

    private EmulatorFixture(
            UnaryOperator<TikTokEmulator.Builder> emulatorSettings, Set<String> scopes, boolean audited) {
        this.emulator = emulatorSettings
                .apply(TikTokEmulator.builder().clock(clock).seed(42))
                .build();
        emulator.apps()
                .register(new RegisteredApp(
                        CLIENT_KEY,
                        CLIENT_SECRET,
                        "SDK contract tests",
                        List.of(REDIRECT_URI),
                        scopes,
                        PkceMode.HEX,
                        true,
                        audited));
        this.server = EmulatorServer.start(emulator, 0);
        this.client = TikTokClient.builder()
                .clientKey(CLIENT_KEY)
                .clientSecret(CLIENT_SECRET)
                .authorizeBaseUri(server.baseUrl())
                .apiBaseUri(server.baseUrl())
                .clock(clock)
                .sleeper(sleeper)
                .build();
    }

    static EmulatorFixture start() {
        return new EmulatorFixture(UnaryOperator.identity());
    }

    static EmulatorFixture start(UnaryOperator<TikTokEmulator.Builder> emulatorSettings) {
        return new EmulatorFixture(emulatorSettings);
    }

    /** An audited app that may also post (video.publish, video.upload). */
    static EmulatorFixture startForPublishing() {
        return startForPublishing(UnaryOperator.identity());
    }

    /** An audited app that may also post, on an emulator with the given settings. */
    static EmulatorFixture startForPublishing(UnaryOperator<TikTokEmulator.Builder> emulatorSettings) {
        return new EmulatorFixture(emulatorSettings, PUBLISH_SCOPES, true);
    }

    TikTokClient client() {
        return client;
    }

    TikTokEmulator emulator() {
        return emulator;
    }

    MutableClock clock() {
        return clock;
    }

    RecordingSleeper sleeper() {
        return sleeper;
    }

    SandboxAccount account(String username) {
        return emulator.account(username).orElseThrow();
    }

    /** The consent URL for the given scopes, with a fresh HEX PKCE pair and state {@code st4te}. */
    URI authorizeUrl(Set<String> scopes, Pkce pkce) {
        return client.oauth().authorizationUrl(new AuthorizationRequest(REDIRECT_URI, scopes, "st4te", pkce));
    }

    /** Lets the user approve the consent page and returns the authorization code from the redirect. */
    String approve(String username, Set<String> scopes, Pkce pkce) {
        URI redirect = emulator.approve(authorizeUrl(scopes, pkce), username);
        String code = query(redirect).get("code");
        if (code == null) {
            throw new IllegalStateException("no code in redirect " + redirect);
        }
        return code;
    }

    /** The whole sign-in: consent, then the code exchange with the matching verifier. */
    TokenSet signIn(String username, Set<String> scopes) {
        Pkce pkce = Pkce.generate(PkceEncoding.HEX);
        return client.oauth().exchangeCode(approve(username, scopes, pkce), REDIRECT_URI, pkce.verifier());
    }

    TokenSet signIn(String username) {
        return signIn(username, APP_SCOPES);
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        for (String pair : raw == null ? new String[0] : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                parameters.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }

    @Override
    public void close() {
        server.close();
    }
}
