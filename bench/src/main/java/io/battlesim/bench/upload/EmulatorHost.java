package io.battlesim.bench.upload;

import io.battlesim.tiktok.client.AuthorizationRequest;
import io.battlesim.tiktok.client.Pkce;
import io.battlesim.tiktok.client.PkceEncoding;
import io.battlesim.tiktok.client.TikTokClient;
import io.battlesim.tiktok.emulator.EmulatorServer;
import io.battlesim.tiktok.emulator.PkceMode;
import io.battlesim.tiktok.emulator.RegisteredApp;
import io.battlesim.tiktok.emulator.SandboxAccount;
import io.battlesim.tiktok.emulator.TikTokEmulator;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * The child JVM: serves the emulator on a free loopback port with an audited app, signs every sandbox creator in,
 * prints {@code BASE <url>} and one {@code TOKEN <access token>} line per creator, then serves until stdin closes.
 */
public final class EmulatorHost {

    static final String CLIENT_KEY = "sbawuploadbench";
    static final String CLIENT_SECRET = "upload-bench-client-secret-0001";
    static final String REDIRECT_URI = "http://localhost:5000/auth/tiktok/callback";
    static final Set<String> SCOPES = Set.of("user.info.basic", "video.publish", "video.upload");

    private EmulatorHost() {}

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        TikTokEmulator emulator = TikTokEmulator.builder().build();
        emulator.apps()
                .register(new RegisteredApp(
                        CLIENT_KEY,
                        CLIENT_SECRET,
                        "Upload benchmark",
                        List.of(REDIRECT_URI),
                        SCOPES,
                        PkceMode.HEX,
                        true,
                        true));
        try (EmulatorServer server = EmulatorServer.start(emulator, 0)) {
            TikTokClient client = TikTokClient.builder()
                    .clientKey(CLIENT_KEY)
                    .clientSecret(CLIENT_SECRET)
                    .authorizeBaseUri(server.baseUrl())
                    .apiBaseUri(server.baseUrl())
                    .build();
            out.println("BASE " + server.baseUrl());
            for (SandboxAccount account : emulator.accounts()) {
                out.println("TOKEN " + signIn(emulator, client, account.username()));
            }
            out.println("READY");
            while (System.in.read() >= 0) {
                // serve until the parent closes our stdin
            }
        }
    }

    private static String signIn(TikTokEmulator emulator, TikTokClient client, String username) {
        Pkce pkce = Pkce.generate(PkceEncoding.HEX);
        URI consent = client.oauth().authorizationUrl(new AuthorizationRequest(REDIRECT_URI, SCOPES, "bench", pkce));
        URI redirect = emulator.approve(consent, username);
        String code = null;
        for (String pair : redirect.getRawQuery().split("&")) {
            if (pair.startsWith("code=")) {
                code = java.net.URLDecoder.decode(pair.substring(5), StandardCharsets.UTF_8);
            }
        }
        if (code == null) {
            throw new IllegalStateException("no code in the consent redirect");
        }
        return client.oauth().exchangeCode(code, REDIRECT_URI, pkce.verifier()).accessToken();
    }
}
