package io.battlesim.tiktok.emulator.webhooks;

import io.battlesim.tiktok.emulator.RegisteredApp;
import io.battlesim.tiktok.emulator.RegisteredApps;
import io.battlesim.tiktok.emulator.http.Json;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * The apps' webhook callback URLs and the signed delivery of events to them. Thread-safe; deliveries run on
 * background threads, never on the request thread that caused the event.
 */
public final class Webhooks implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Webhooks.class.getName());
    private static final int DELIVERIES_KEPT = 200;

    private final RegisteredApps apps;
    private final Clock clock;
    private final Map<String, URI> callbacks = new ConcurrentHashMap<>();
    private final Deque<DeliveryAttempts> recent = new ArrayDeque<>();
    private final AtomicInteger pending = new AtomicInteger();
    private final DeliveryRunner runner;
    private final BooleanSupplier duplicate;
    private volatile WebhookSettings settings;

    /**
     * Creates the webhook sender.
     *
     * @param apps the registered apps, for their client secrets
     * @param clock the emulator clock, for {@code create_time} and the signature timestamp
     * @param settings retry and queue limits
     * @param duplicate drawn once per event: whether it is delivered a second time (TikTok delivers at least once)
     */
    public Webhooks(RegisteredApps apps, Clock clock, WebhookSettings settings, BooleanSupplier duplicate) {
        this.apps = apps;
        this.clock = clock;
        this.settings = settings;
        this.duplicate = duplicate;
        this.runner = new DeliveryRunner();
    }

    /**
     * Sets (or with null, removes) an app's callback URL; the app is then subscribed to every event.
     *
     * @param clientKey the app's client key, must not be null
     * @param callbackUrl an absolute URL: https, or http on a loopback host; null to unsubscribe
     * @throws IllegalArgumentException when the URL is not acceptable
     */
    public void callbackUrl(String clientKey, @org.jspecify.annotations.Nullable String callbackUrl) {
        Objects.requireNonNull(clientKey, "clientKey must not be null");
        if (callbackUrl == null) {
            callbacks.remove(clientKey);
            return;
        }
        callbacks.put(clientKey, requireCallbackUrl(callbackUrl));
    }

    /**
     * An app's callback URL.
     *
     * @param clientKey the client key, must not be null
     * @return the URL, or empty when the app has none
     */
    public Optional<URI> callbackUrl(String clientKey) {
        return Optional.ofNullable(callbacks.get(Objects.requireNonNull(clientKey, "clientKey must not be null")));
    }

    /**
     * Replaces the retry settings for events sent from now on.
     *
     * @param newSettings the settings, must not be null
     */
    public void settings(WebhookSettings newSettings) {
        this.settings = Objects.requireNonNull(newSettings, "settings must not be null");
    }

    /**
     * Queues one event for an app; does nothing when the app has no callback URL or is unknown.
     *
     * @param clientKey the app, must not be null
     * @param event the event name, must not be null
     * @param userOpenId the user, must not be null
     * @param content the content fields, serialised to the JSON string TikTok sends in {@code content}
     */
    public void send(String clientKey, String event, String userOpenId, Map<String, Object> content) {
        URI url = callbacks.get(clientKey);
        Optional<RegisteredApp> app = apps.find(clientKey);
        if (url == null || app.isEmpty()) {
            return;
        }
        WebhookSettings current = settings;
        String body = body(clientKey, event, userOpenId, content);
        queue(new DeliveryAttempts(clientKey, event, url, body, clock, false), current, Duration.ZERO);
        if (duplicate.getAsBoolean()) {
            // the same payload again a little later, as after a delivery TikTok did not see acknowledged
            queue(new DeliveryAttempts(clientKey, event, url, body, clock, true), current, current.firstRetry());
        }
    }

    private void queue(DeliveryAttempts delivery, WebhookSettings current, Duration delay) {
        String clientKey = delivery.clientKey();
        if (pending.incrementAndGet() > current.maxPending()) {
            pending.decrementAndGet();
            LOG.log(Level.WARNING, "webhook queue full; dropped " + delivery.event() + " for " + clientKey);
            return;
        }
        remember(delivery);
        runner.start(delivery, current, () -> apps.find(clientKey).map(RegisteredApp::clientSecret), pending, delay);
    }

    /**
     * The most recent deliveries, newest first.
     *
     * @return up to 200 deliveries, never null
     */
    public List<WebhookDelivery> deliveries() {
        synchronized (recent) {
            return recent.stream().map(DeliveryAttempts::snapshot).toList();
        }
    }

    /** Stops retrying; deliveries in flight are abandoned. */
    @Override
    public void close() {
        runner.close();
    }

    private void remember(DeliveryAttempts delivery) {
        synchronized (recent) {
            recent.addFirst(delivery);
            while (recent.size() > DELIVERIES_KEPT) {
                recent.removeLast();
            }
        }
    }

    private String body(String clientKey, String event, String userOpenId, Map<String, Object> content) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("client_key", clientKey);
        body.put("event", event);
        body.put("create_time", clock.instant().getEpochSecond());
        body.put("user_openid", userOpenId);
        // TikTok sends content as a JSON document inside a string: receivers parse it twice.
        body.put("content", new String(Json.write(content), java.nio.charset.StandardCharsets.UTF_8));
        return new String(Json.write(body), java.nio.charset.StandardCharsets.UTF_8);
    }

    static URI requireCallbackUrl(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the webhook callback URL is not a URL: " + url, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean loopbackHttp = scheme.equals("http") && isLoopback(uri.getHost());
        if (uri.getHost() == null || !(scheme.equals("https") || loopbackHttp)) {
            throw new IllegalArgumentException(
                    "a webhook callback URL must be https (http only on localhost or 127.0.0.1): " + url);
        }
        return uri;
    }

    private static boolean isLoopback(@org.jspecify.annotations.Nullable String host) {
        return host != null && (host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]"));
    }
}
