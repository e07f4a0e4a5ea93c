package io.battlesim.tiktok.emulator;

import io.battlesim.tiktok.emulator.accounts.SandboxAccounts;
import io.battlesim.tiktok.emulator.display.DisplayApi;
import io.battlesim.tiktok.emulator.faults.Faults;
import io.battlesim.tiktok.emulator.http.PublicBaseUrl;
import io.battlesim.tiktok.emulator.http.Routes;
import io.battlesim.tiktok.emulator.live.LiveHub;
import io.battlesim.tiktok.emulator.live.LiveSettings;
import io.battlesim.tiktok.emulator.oauth.LoginKit;
import io.battlesim.tiktok.emulator.oauth.TokenSettings;
import io.battlesim.tiktok.emulator.publish.MegabyteReading;
import io.battlesim.tiktok.emulator.publish.PublishLimits;
import io.battlesim.tiktok.emulator.publish.PublishTimetable;
import io.battlesim.tiktok.emulator.publish.Publishing;
import io.battlesim.tiktok.emulator.publish.PublishingSection;
import io.battlesim.tiktok.emulator.ratelimit.RateLimits;
import io.battlesim.tiktok.emulator.status.StatusPage;
import io.battlesim.tiktok.emulator.videos.VideoCatalogue;
import io.battlesim.tiktok.emulator.webhooks.WebhookSettings;
import io.battlesim.tiktok.emulator.webhooks.Webhooks;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An offline TikTok: Login Kit OAuth v2, the Display API (user info and the creators' videos), the Content Posting
 * API with webhooks,
 * sandbox accounts, rate limits and fault mode, plus LIVE rooms speaking the Live API of our design, behind one transport-agnostic {@link
 * #handle(EmulatorRequest)}. Thread-safe. Build one with {@link #builder()}; serve it with {@link EmulatorServer}
 * or {@link EmulatorServlet}; {@link #close()} it to stop the LIVE generator thread.
 */
public final class TikTokEmulator implements AutoCloseable {

    private final Clock clock;
    private final PublicBaseUrl publicBaseUrl = new PublicBaseUrl();
    private final RegisteredApps apps = new RegisteredApps();
    private final SandboxAccounts accounts;
    private final Faults faults;
    private final LoginKit loginKit;
    private final LiveHub live;
    private final LiveRooms liveRooms;
    private final Webhooks webhooks;
    private final Publishing publishing;
    private final Dispatcher dispatcher;

    private TikTokEmulator(Builder builder) {
        this.clock = builder.clock;
        this.accounts = new SandboxAccounts(builder.seed);
        this.faults = new Faults(builder.seed);
        this.loginKit = new LoginKit(apps, accounts, builder.tokenSettings(), clock);
        RateLimits rateLimits = new RateLimits(builder.rateLimits, clock);
        Routes routes = new Routes();
        loginKit.registerRoutes(routes);
        new DisplayApi(loginKit.tokens(), accounts, rateLimits).registerRoutes(routes);
        accounts.registerRoutes(routes);
        faults.registerRoutes(routes);
        this.webhooks = new Webhooks(apps, clock, builder.webhookSettings, faults::drawWebhookDuplicate);
        builder.webhookUrls.forEach(webhooks::callbackUrl);
        this.publishing = new Publishing(
                apps,
                accounts,
                loginKit.tokens(),
                rateLimits,
                faults,
                webhooks,
                clock,
                builder.publishTimetable,
                builder.publishLimits);
        publishing.megabyteReading(builder.megabyteReading);
        publishing.registerRoutes(routes);
        loginKit.tokens().onRevocation(this::authorizationRemoved);
        new StatusPage(apps, accounts, loginKit.tokens(), faults, rateLimits, new PublishingSection(publishing))
                .registerRoutes(routes);
        this.live = new LiveHub(
                accounts.all(),
                loginKit.tokens(),
                rateLimits,
                clock,
                publicBaseUrl,
                builder.liveSettings(),
                builder.seed);
        live.registerRoutes(routes);
        this.liveRooms = new LiveRooms(live);
        this.dispatcher = new Dispatcher(routes, faults, clock, publicBaseUrl);
    }

    /**
     * A builder with TikTok's classic defaults (24 h access tokens, 365 d refresh tokens, rotation on).
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Sets where browsers reach the emulator, for avatar URLs and the consent form's action.
     *
     * @param baseUrl an absolute http(s) URL such as {@code http://localhost:5000/emulator}, must not be null
     */
    public void setPublicBaseUrl(String baseUrl) {
        publicBaseUrl.set(baseUrl);
    }

    /**
     * The registered developer apps.
     *
     * @return the app registry, never null
     */
    public RegisteredApps apps() {
        return apps;
    }

    /**
     * The sandbox creator accounts, deterministic for the seed.
     *
     * @return at least eight accounts, never null
     */
    public List<SandboxAccount> accounts() {
        return accounts.all();
    }

    /**
     * The sandbox creators' videos: what {@code /v2/video/list/}, {@code /v2/video/query/} and {@code
     * user.info.stats} answer, with counts at any instant (also served day by day at {@code GET /display/history}).
     *
     * @return the catalogue, never null
     */
    public VideoCatalogue videos() {
        return accounts.videos();
    }

    /**
     * Finds a sandbox account.
     *
     * @param usernameOrOpenId a username (an {@code @} prefix is fine) or an open_id, must not be null
     * @return the account, or empty
     */
    public Optional<SandboxAccount> account(String usernameOrOpenId) {
        return accounts.find(usernameOrOpenId);
    }

    /**
     * Replaces the fault settings.
     *
     * @param settings the settings, {@link FaultSettings#NONE} to switch fault mode off; must not be null
     */
    public void faults(FaultSettings settings) {
        faults.settings(settings);
    }

    /**
     * The current fault settings.
     *
     * @return the settings, never null
     */
    public FaultSettings faults() {
        return faults.settings();
    }

    /**
     * Makes a share of webhook events arrive twice, as TikTok's at-least-once delivery does; also settable with
     * {@code POST /faults} and {@code webhookDuplicateRate}.
     *
     * @param rate share of events delivered a second time, 0 (the default) to 1
     */
    public void webhookDuplicateRate(double rate) {
        faults.webhookDuplicateRate(rate);
    }

    /**
     * The emulator clock.
     *
     * @return the clock tokens expire on, never null
     */
    public Clock clock() {
        return clock;
    }

    /**
     * The LIVE rooms: lookup, control, subscriptions and Live API token checks.
     *
     * @return the rooms, never null
     */
    public LiveRooms live() {
        return liveRooms;
    }

    /**
     * The Content Posting API: verified domains, the audit flag, the status timetable, quotas and posted tasks.
     *
     * @return the publishing controls, never null
     */
    public Publishing publishing() {
        return publishing;
    }

    /**
     * The apps' webhook callback URLs and the deliveries made.
     *
     * @return the webhooks, never null
     */
    public Webhooks webhooks() {
        return webhooks;
    }

    /**
     * The user disconnects an app in TikTok's settings: its tokens stop working, unfinished publish tasks fail
     * with {@code auth_removed} and the app gets {@code authorization.removed} with reason 1.
     *
     * @param username the sandbox account, must not be null
     * @param clientKey the app, must not be null
     * @return true when the app had an active authorization from that user
     * @throws IllegalArgumentException when the user is unknown
     */
    public boolean disconnect(String username, String clientKey) {
        SandboxAccount account = accounts.find(Objects.requireNonNull(username, "username must not be null"))
                .orElseThrow(() -> new IllegalArgumentException("no sandbox account " + username));
        return loginKit.disconnect(clientKey, account.openId());
    }

    /**
     * Stops the LIVE generator thread and closes every LIVE subscription with 1001, stops the publishing timetable
     * and downloads, and abandons pending webhook retries; HTTP handling goes on.
     */
    @Override
    public void close() {
        live.close();
        publishing.close();
        webhooks.close();
    }

    private void authorizationRemoved(String clientKey, String openId, int reason) {
        publishing.authorizationRemoved(clientKey, openId);
        webhooks.send(clientKey, "authorization.removed", openId, Map.of("reason", reason));
    }

    /**
     * The user approves an authorize URL on the consent screen, granting every requested scope.
     *
     * @param authorizeUrl the {@code …/v2/auth/authorize/?…} URL the app built, must not be null
     * @param username the sandbox account that logs in, must not be null
     * @return the callback URI with {@code code}, {@code scopes} and {@code state} (or {@code error} when TikTok
     *     would redirect with one)
     * @throws IllegalArgumentException when TikTok would show its error page, or the user is unknown
     */
    public URI approve(URI authorizeUrl, String username) {
        return loginKit.approve(authorizeUrl, username, null);
    }

    /**
     * The user approves an authorize URL but unticks some scopes ({@code user.info.basic} cannot be unticked).
     *
     * @param authorizeUrl the authorize URL, must not be null
     * @param username the sandbox account that logs in, must not be null
     * @param scopes the requested scopes the user leaves ticked, must not be null
     * @return the callback URI
     * @throws IllegalArgumentException when TikTok would show its error page, the user is unknown or a scope was not
     *     requested
     */
    public URI approve(URI authorizeUrl, String username, Set<String> scopes) {
        return loginKit.approve(authorizeUrl, username, Objects.requireNonNull(scopes, "scopes must not be null"));
    }

    /**
     * The user presses Cancel on the consent screen.
     *
     * @param authorizeUrl the authorize URL, must not be null
     * @return the callback URI with {@code error=access_denied}
     * @throws IllegalArgumentException when TikTok would show its error page
     */
    public URI deny(URI authorizeUrl) {
        return loginKit.deny(authorizeUrl);
    }

    /**
     * Answers one HTTP request.
     *
     * @param request the request, must not be null
     * @return the response, never null; honour {@link EmulatorResponse#dropConnection()}
     */
    public EmulatorResponse handle(EmulatorRequest request) {
        return dispatcher.dispatch(Objects.requireNonNull(request, "request must not be null"));
    }

    EmulatorResponse badRequest(String message) {
        return dispatcher.badRequest(message);
    }

    /** Configures and builds a {@link TikTokEmulator}; not thread-safe, use it on one thread. */
    public static final class Builder {

        private Clock clock = Clock.systemUTC();
        private long seed = 42;
        private Duration accessTokenTtl = Duration.ofHours(24);
        private Duration refreshTokenTtl = Duration.ofDays(365);
        private boolean rotateRefreshTokens = true;
        private Duration authorizationCodeTtl = Duration.ofMinutes(10);
        private final Map<String, Integer> rateLimits = defaultRateLimits();
        private @Nullable Double livePace;
        private double liveEndDropRate = LiveSettings.DEFAULTS.endDropRate();
        private double liveDuplicateRate = LiveSettings.DEFAULTS.duplicateRate();
        private int liveBufferSize = LiveSettings.DEFAULTS.bufferSize();
        private PublishTimetable publishTimetable = PublishTimetable.REALISTIC;
        private PublishLimits publishLimits = PublishLimits.TIKTOK;
        private MegabyteReading megabyteReading = MegabyteReading.BINARY;
        private WebhookSettings webhookSettings = WebhookSettings.DEFAULTS;
        private final Map<String, String> webhookUrls = new LinkedHashMap<>();

        private Builder() {}

        /**
         * The clock tokens and codes expire on.
         *
         * @param clock e.g. a {@link MutableClock} in tests; default {@link Clock#systemUTC()}
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock must not be null");
            return this;
        }

        /**
         * The seed of the sandbox data and of fault mode's randomness.
         *
         * @param seed default 42
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * The user access token lifetime.
         *
         * @param ttl default 24 h (classic docs); the newer docs say 2 h
         * @return this builder
         */
        public Builder accessTokenTtl(Duration ttl) {
            this.accessTokenTtl = Objects.requireNonNull(ttl, "ttl must not be null");
            return this;
        }

        /**
         * The refresh token lifetime, counted from the user's authorization (rotation keeps the expiry).
         *
         * @param ttl default 365 d (classic docs); the newer docs say 180 d
         * @return this builder
         */
        public Builder refreshTokenTtl(Duration ttl) {
            this.refreshTokenTtl = Objects.requireNonNull(ttl, "ttl must not be null");
            return this;
        }

        /**
         * Whether a refresh returns a new refresh token and retires the old one.
         *
         * @param rotate default true, as in the newer docs
         * @return this builder
         */
        public Builder rotateRefreshTokens(boolean rotate) {
            this.rotateRefreshTokens = rotate;
            return this;
        }

        /**
         * How long an authorization code can be redeemed (once).
         *
         * @param ttl default 10 minutes
         * @return this builder
         */
        public Builder authorizationCodeTtl(Duration ttl) {
            this.authorizationCodeTtl = Objects.requireNonNull(ttl, "ttl must not be null");
            return this;
        }

        /**
         * Overrides one per-access-token limit (sliding one-minute window).
         *
         * @param path the endpoint path, e.g. {@code /v2/user/info/}, must not be null
         * @param perMinute requests allowed per minute and token, at least 1
         * @return this builder
         */
        public Builder rateLimit(String path, int perMinute) {
            Objects.requireNonNull(path, "path must not be null");
            if (!(path.startsWith("/v2/") || path.startsWith("/live/v1/")) || !path.endsWith("/")) {
                throw new IllegalArgumentException(
                        "rate-limited paths look like /v2/user/info/ or /live/v1/room/, got " + path);
            }
            if (perMinute < 1) {
                throw new IllegalArgumentException("perMinute must be at least 1, got " + perMinute);
            }
            rateLimits.put(path, perMinute);
            return this;
        }

        /**
         * The initial generator pace of every LIVE room.
         *
         * @param eventsPerSecond 0 (no generated events, no generator thread until a pace is set) to 1000; by
         *     default each room gets a seeded pace of 3 to 8, for demos
         * @return this builder
         */
        public Builder livePace(double eventsPerSecond) {
            this.livePace = LiveSettings.requirePace(eventsPerSecond);
            return this;
        }

        /**
         * The share of generated streaks whose {@code repeat_end} event goes missing.
         *
         * @param rate 0 to 1, default 0.02
         * @return this builder
         */
        public Builder liveEndDropRate(double rate) {
            this.liveEndDropRate = rate;
            return this;
        }

        /**
         * The share of generated events delivered a second time with the same {@code msg_id} (and a new {@code
         * seq}).
         *
         * @param rate 0 to 1, default 0.01
         * @return this builder
         */
        public Builder liveDuplicateRate(double rate) {
            this.liveDuplicateRate = rate;
            return this;
        }

        /**
         * How many frames each room keeps for cursor replay; also how far a subscriber may fall behind before it is
         * closed with 1013.
         *
         * @param frames 10 to 1,000,000, default 10,000
         * @return this builder
         */
        public Builder liveBufferSize(int frames) {
            this.liveBufferSize = frames;
            return this;
        }

        /**
         * How fast publish tasks move through TikTok's states on the emulator clock.
         *
         * @param timetable default {@link PublishTimetable#REALISTIC}; {@link PublishTimetable#IMMEDIATE} for tests
         * @return this builder
         */
        public Builder publishTimetable(PublishTimetable timetable) {
            this.publishTimetable = Objects.requireNonNull(timetable, "timetable must not be null");
            return this;
        }

        /**
         * The Content Posting quotas.
         *
         * @param limits default {@link PublishLimits#TIKTOK}
         * @return this builder
         */
        public Builder publishLimits(PublishLimits limits) {
            this.publishLimits = Objects.requireNonNull(limits, "limits must not be null");
            return this;
        }

        /**
         * How the FILE_UPLOAD chunk rules (5 MB minimum and 64 MB maximum chunk, 128 MB last chunk, 4 GB file) read
         * TikTok's "MB", which its docs leave open; also settable later with {@link
         * Publishing#megabyteReading(MegabyteReading)}.
         *
         * @param reading default {@link MegabyteReading#BINARY} (1 MB = 1,048,576 bytes, as the facts file reads
         *     the docs); {@link MegabyteReading#DECIMAL} for 1,000,000 bytes
         * @return this builder
         */
        public Builder megabyteReading(MegabyteReading reading) {
            this.megabyteReading = Objects.requireNonNull(reading, "reading must not be null");
            return this;
        }

        /**
         * Webhook retry and queue settings.
         *
         * @param settings default {@link WebhookSettings#DEFAULTS}
         * @return this builder
         */
        public Builder webhookSettings(WebhookSettings settings) {
            this.webhookSettings = Objects.requireNonNull(settings, "settings must not be null");
            return this;
        }

        /**
         * An app's webhook callback URL (the app may be registered later).
         *
         * @param clientKey the app's client key, must not be null
         * @param callbackUrl https, or http on localhost / 127.0.0.1, must not be null
         * @return this builder
         */
        public Builder webhookUrl(String clientKey, String callbackUrl) {
            webhookUrls.put(
                    Objects.requireNonNull(clientKey, "clientKey must not be null"),
                    Objects.requireNonNull(callbackUrl, "callbackUrl must not be null"));
            return this;
        }

        /**
         * Builds the emulator.
         *
         * @return the emulator, never null
         * @throws IllegalArgumentException when a lifetime is shorter than a second or a LIVE setting is out of range
         */
        public TikTokEmulator build() {
            return new TikTokEmulator(this);
        }

        private LiveSettings liveSettings() {
            return new LiveSettings(livePace, liveEndDropRate, liveDuplicateRate, liveBufferSize);
        }

        private static Map<String, Integer> defaultRateLimits() {
            Map<String, Integer> limits = new LinkedHashMap<>(RateLimits.TIKTOK_DEFAULTS);
            limits.put("/live/v1/room/", 600);
            return limits;
        }

        private TokenSettings tokenSettings() {
            return new TokenSettings(accessTokenTtl, refreshTokenTtl, rotateRefreshTokens, authorizationCodeTtl);
        }
    }
}
