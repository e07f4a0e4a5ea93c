package io.battlesim.tiktok.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An immutable, thread-safe client for TikTok's Open API v2, created with {@link #builder()}; share one instance
 * per app credential.
 */
public final class TikTokClient {

    /** TikTok's host for the browser-facing consent page. */
    public static final URI DEFAULT_AUTHORIZE_BASE_URI = URI.create("https://www.tiktok.com");

    /** TikTok's API host. */
    public static final URI DEFAULT_API_BASE_URI = URI.create("https://open.tiktokapis.com");

    /** How long {@link UserSession}s refresh before the access token expires, unless told otherwise. */
    public static final Duration DEFAULT_REFRESH_SKEW = Duration.ofSeconds(60);

    private final ClientSettings settings;
    private final OAuth oauth;
    private final Display display;
    private final ContentPosting contentPosting;
    private final SessionLocks sessionLocks = new SessionLocks();

    private TikTokClient(ClientSettings settings) {
        this.settings = settings;
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        RateLimiter rateLimiter = new RateLimiter(
                settings.rateLimitMode(),
                settings.rateLimits(),
                settings.requestTimeout(),
                new ClockTimeMeter(settings.clock()),
                settings.sleeper());
        CallExecutor executor =
                new CallExecutor(new HttpExchanger(http), rateLimiter, settings.retryPolicy(), settings.sleeper());
        this.oauth = new OAuth(settings, executor);
        this.display = new Display(settings, executor);
        this.contentPosting = new ContentPosting(settings, executor, new ChunkUploader(http, settings));
    }

    /** A builder with TikTok's hosts and the default timeouts, retry policy and rate limiting. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder preset with this client's settings, to derive a differently configured client. */
    public Builder newBuilder() {
        return new Builder(settings);
    }

    /** Login Kit OAuth: consent URL, code exchange, refresh, revoke and client tokens; never null. */
    public OAuth oauth() {
        return oauth;
    }

    /** The Display API; never null. */
    public Display display() {
        return display;
    }

    /** The Content Posting API: creator info, video and photo posts, chunked upload, status; never null. */
    public ContentPosting contentPosting() {
        return contentPosting;
    }

    /** A session for one user whose tokens live in {@code store}, refreshing 60 s before expiry; never null. */
    public UserSession session(String openId, TokenStore store) {
        return session(openId, store, DEFAULT_REFRESH_SKEW);
    }

    /** A session for one user whose tokens live in {@code store}, refreshing {@code refreshSkew} before expiry. */
    public UserSession session(String openId, TokenStore store, Duration refreshSkew) {
        Objects.requireNonNull(openId, "openId must not be null");
        Objects.requireNonNull(store, "store must not be null");
        Objects.requireNonNull(refreshSkew, "refreshSkew must not be null");
        if (refreshSkew.isNegative()) {
            throw new IllegalArgumentException("refreshSkew must not be negative but was " + refreshSkew);
        }
        return new UserSession(this, openId, store, refreshSkew, sessionLocks.forOpenId(openId));
    }

    /** The app's client key (public: it appears in consent URLs); never null. */
    public String clientKey() {
        return settings.clientKey();
    }

    /** Where the consent page is served; never null. */
    public URI authorizeBaseUri() {
        return settings.authorizeBaseUri();
    }

    /** Where the API is served; never null. */
    public URI apiBaseUri() {
        return settings.apiBaseUri();
    }

    /** The connect timeout; never null. */
    public Duration connectTimeout() {
        return settings.connectTimeout();
    }

    /** The timeout of one request, also the longest wait for the rate limiter; never null. */
    public Duration requestTimeout() {
        return settings.requestTimeout();
    }

    /** The retry policy; never null. */
    public RetryPolicy retryPolicy() {
        return settings.retryPolicy();
    }

    /** The client-side rate-limit mode; never null. */
    public RateLimitMode rateLimitMode() {
        return settings.rateLimitMode();
    }

    /** The per-minute limits per access token, keyed by endpoint path; unmodifiable, never null. */
    public Map<String, Integer> rateLimits() {
        return settings.rateLimits();
    }

    /** The clock token lifetimes and rate limits are measured with; never null. */
    public Clock clock() {
        return settings.clock();
    }

    @Override
    public String toString() {
        return "TikTokClient[clientKey=" + settings.clientKey() + ", clientSecret=***, authorizeBaseUri="
                + settings.authorizeBaseUri() + ", apiBaseUri=" + settings.apiBaseUri() + ", rateLimitMode="
                + settings.rateLimitMode() + "]";
    }

    /** Collects and validates settings for a {@link TikTokClient}; not thread-safe. */
    public static final class Builder {

        private @Nullable String clientKey;
        private @Nullable String clientSecret;
        private URI authorizeBaseUri = DEFAULT_AUTHORIZE_BASE_URI;
        private URI apiBaseUri = DEFAULT_API_BASE_URI;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration requestTimeout = Duration.ofSeconds(20);
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private RateLimitMode rateLimitMode = RateLimitMode.WAIT;
        private final Map<String, Integer> rateLimits = new LinkedHashMap<>(RateLimiter.TIKTOK_LIMITS);
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();

        Builder() {}

        Builder(ClientSettings settings) {
            clientKey = settings.clientKey();
            clientSecret = settings.clientSecret();
            authorizeBaseUri = settings.authorizeBaseUri();
            apiBaseUri = settings.apiBaseUri();
            connectTimeout = settings.connectTimeout();
            requestTimeout = settings.requestTimeout();
            retryPolicy = settings.retryPolicy();
            rateLimitMode = settings.rateLimitMode();
            rateLimits.clear();
            rateLimits.putAll(settings.rateLimits());
            clock = settings.clock();
            sleeper = settings.sleeper();
        }

        /** The app's client key (required). */
        public Builder clientKey(String clientKey) {
            this.clientKey = Objects.requireNonNull(clientKey, "clientKey must not be null");
            return this;
        }

        /** The app's client secret (required); it is sent only as a form field and never shown. */
        public Builder clientSecret(String clientSecret) {
            this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret must not be null");
            return this;
        }

        /** Where the consent page lives, default {@code https://www.tiktok.com}; a path prefix is allowed. */
        public Builder authorizeBaseUri(URI authorizeBaseUri) {
            this.authorizeBaseUri = Objects.requireNonNull(authorizeBaseUri, "authorizeBaseUri must not be null");
            return this;
        }

        /** Where the API lives, default {@code https://open.tiktokapis.com}; a path prefix is allowed. */
        public Builder apiBaseUri(URI apiBaseUri) {
            this.apiBaseUri = Objects.requireNonNull(apiBaseUri, "apiBaseUri must not be null");
            return this;
        }

        /** The connect timeout, default 5 s. */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout must not be null");
            return this;
        }

        /** The timeout of one request and the longest rate-limiter wait, default 20 s. */
        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout must not be null");
            return this;
        }

        /** The retry policy, default {@link RetryPolicy#defaults()}. */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy must not be null");
            return this;
        }

        /** The client-side rate-limit mode, default {@link RateLimitMode#WAIT}. */
        public Builder rateLimitMode(RateLimitMode rateLimitMode) {
            this.rateLimitMode = Objects.requireNonNull(rateLimitMode, "rateLimitMode must not be null");
            return this;
        }

        /** Overrides TikTok's published per-token limit of one endpoint, for example after TikTok raised it. */
        public Builder rateLimit(String endpointPath, int perMinute) {
            Objects.requireNonNull(endpointPath, "endpointPath must not be null");
            if (perMinute < 1) {
                throw new IllegalArgumentException("perMinute must be at least 1 but was " + perMinute);
            }
            rateLimits.put(endpointPath, perMinute);
            return this;
        }

        /** The clock for token lifetimes and rate limits, default {@link Clock#systemUTC()}. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock must not be null");
            return this;
        }

        /** How the client pauses between retries and for the rate limiter, default {@link Sleeper#system()}. */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper must not be null");
            return this;
        }

        /**
         * Validates the settings and builds the client.
         *
         * @throws IllegalStateException when the client key or secret is missing or blank, a base URI is not an
         *     absolute http(s) URI without query or fragment, or a timeout is not positive
         */
        public TikTokClient build() {
            return new TikTokClient(new ClientSettings(
                    required(clientKey, "clientKey"),
                    required(clientSecret, "clientSecret"),
                    baseUri(authorizeBaseUri, "authorizeBaseUri"),
                    baseUri(apiBaseUri, "apiBaseUri"),
                    positive(connectTimeout, "connectTimeout"),
                    positive(requestTimeout, "requestTimeout"),
                    retryPolicy,
                    rateLimitMode,
                    rateLimits,
                    clock,
                    sleeper));
        }

        private static String required(@Nullable String value, String name) {
            if (value == null || value.isBlank()) {
                throw new IllegalStateException(name + " is required");
            }
            return value;
        }

        private static Duration positive(Duration value, String name) {
            if (value.isNegative() || value.isZero()) {
                throw new IllegalStateException(name + " must be positive but was " + value);
            }
            return value;
        }

        /** Checks the base and strips trailing slashes so that paths can be appended. */
        private static URI baseUri(URI uri, String name) {
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean http = scheme.equals("http") || scheme.equals("https");
            if (!uri.isAbsolute()
                    || !http
                    || uri.getHost() == null
                    || uri.getRawQuery() != null
                    || uri.getRawFragment() != null) {
                throw new IllegalStateException(
                        name + " must be an absolute http(s) URI without query or fragment but was " + uri);
            }
            String text = uri.toString();
            while (text.endsWith("/")) {
                text = text.substring(0, text.length() - 1);
            }
            return URI.create(text);
        }
    }
}
