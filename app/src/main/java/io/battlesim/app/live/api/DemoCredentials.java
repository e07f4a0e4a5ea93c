package io.battlesim.app.live.api;

import io.battlesim.tiktok.client.AuthorizationRequest;
import io.battlesim.tiktok.client.Pkce;
import io.battlesim.tiktok.client.PkceEncoding;
import io.battlesim.tiktok.client.TikTokClient;
import io.battlesim.tiktok.client.TikTokException;
import io.battlesim.tiktok.client.TokenSet;
import io.battlesim.tiktok.emulator.TikTokEmulator;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Emulator mode only: a user access token of a sandbox account, for battles without an owner (the demo battle)
 * and lookups by signed-out visitors. Obtained through the normal OAuth code flow (authorization URL with HEX PKCE,
 * the account approving on the emulator, the code exchanged by the app's SDK client), cached and renewed shortly
 * before it expires.
 */
public final class DemoCredentials {

    private static final Logger log = LoggerFactory.getLogger(DemoCredentials.class);
    private static final Duration RENEW_AHEAD = Duration.ofMinutes(5);

    private final TikTokClient client;
    private final TikTokEmulator emulator;
    private final String redirectUri;
    private final String account;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private @Nullable TokenSet tokens;

    /**
     * Credentials of {@code account} on {@code emulator}.
     *
     * @param client the app's SDK client, pointing at the emulator; never null
     * @param emulator the emulator that approves the authorization; never null
     * @param redirectUri the app's registered redirect URI; never null
     * @param account the sandbox username to sign in as; never null
     * @param clock the clock the token expiry is judged by; never null
     */
    public DemoCredentials(
            TikTokClient client, TikTokEmulator emulator, String redirectUri, String account, Clock clock) {
        this.client = Objects.requireNonNull(client, "client must not be null");
        this.emulator = Objects.requireNonNull(emulator, "emulator must not be null");
        this.redirectUri = Objects.requireNonNull(redirectUri, "redirectUri must not be null");
        this.account = Objects.requireNonNull(account, "account must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    /** A usable access token, signing in or renewing first when needed; empty when the emulator refuses. */
    public Optional<String> accessToken() {
        lock.lock();
        try {
            TokenSet current = tokens;
            if (current == null || current.accessTokenExpiresWithin(RENEW_AHEAD, clock.instant())) {
                tokens = renew(current);
            }
            return Optional.ofNullable(tokens).map(TokenSet::accessToken);
        } finally {
            lock.unlock();
        }
    }

    /** Forgets the cached token when it is {@code refused} (the Live API refused it), so the next call signs in. */
    public void refused(String refused) {
        lock.lock();
        try {
            if (tokens != null && tokens.accessToken().equals(refused)) {
                tokens = null;
            }
        } finally {
            lock.unlock();
        }
    }

    private @Nullable TokenSet renew(@Nullable TokenSet current) {
        if (current != null && !current.refreshTokenExpired(clock.instant())) {
            try {
                return client.oauth().refresh(current.refreshToken());
            } catch (TikTokException e) {
                log.info("Refreshing the demo access token failed ({}); signing in again", e.getMessage());
            }
        }
        try {
            return signIn();
        } catch (TikTokException | IllegalArgumentException | IllegalStateException e) {
            log.warn("Signing in to the emulator as {} for the demo failed: {}", account, e.getMessage());
            return null;
        }
    }

    private TokenSet signIn() {
        Pkce pkce = Pkce.generate(PkceEncoding.HEX);
        String state = UUID.randomUUID().toString();
        URI authorize = client.oauth()
                .authorizationUrl(new AuthorizationRequest(redirectUri, Set.of("user.info.basic"), state, pkce));
        URI callback = emulator.approve(authorize, account);
        var query = UriComponentsBuilder.fromUri(callback).build().getQueryParams();
        String code = query.getFirst("code");
        if (code == null || !state.equals(query.getFirst("state"))) {
            throw new IllegalStateException(
                    "the emulator's callback carries no code for our state: " + callback.getPath());
        }
        TokenSet issued = client.oauth()
                .exchangeCode(URLDecoder.decode(code, StandardCharsets.UTF_8), redirectUri, pkce.verifier());
        log.info("Signed in to the emulator as {} for demo battles and signed-out lookups", account);
        return issued;
    }
}
