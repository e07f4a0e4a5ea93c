package io.battlesim.tiktok.emulator.ratelimit;

import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** Per-token sliding one-minute windows for the endpoints that have a limit; thread-safe. */
public final class RateLimits {

    /** TikTok's published limits per minute and access token. */
    public static final Map<String, Integer> TIKTOK_DEFAULTS = defaults();

    private static final int PURGE_THRESHOLD = 10_000;

    private record Key(String path, String accessToken) {}

    private final Map<String, Integer> perMinute;
    private final Map<Key, SlidingWindow> windows = new ConcurrentHashMap<>();
    private final Clock clock;

    /**
     * Creates the limiter.
     *
     * @param perMinute endpoint paths to requests allowed per minute and token, each at least 1
     * @param clock the emulator clock
     */
    public RateLimits(Map<String, Integer> perMinute, Clock clock) {
        perMinute.forEach((path, limit) -> {
            if (limit < 1) {
                throw new IllegalArgumentException("rate limit for " + path + " must be at least 1, got " + limit);
            }
        });
        this.perMinute = Collections.unmodifiableMap(new LinkedHashMap<>(perMinute));
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    /**
     * Counts one request, if the window has room.
     *
     * @param path the endpoint path
     * @param accessToken the token the request carries
     * @return true when the request may proceed (or the path has no limit), false when it must get a 429
     */
    public boolean tryAcquire(String path, String accessToken) {
        Integer limit = perMinute.get(path);
        if (limit == null) {
            return true;
        }
        if (windows.size() > PURGE_THRESHOLD) {
            windows.values().removeIf(window -> window.idleAt(clock.instant()));
        }
        return windows.computeIfAbsent(new Key(path, accessToken), key -> new SlidingWindow())
                .tryAcquire(clock.instant(), limit);
    }

    /**
     * The configured limits.
     *
     * @return endpoint paths to requests per minute, never null
     */
    public Map<String, Integer> limits() {
        return perMinute;
    }

    private static Map<String, Integer> defaults() {
        Map<String, Integer> limits = new LinkedHashMap<>();
        limits.put("/v2/user/info/", 600);
        limits.put("/v2/video/list/", 600);
        limits.put("/v2/video/query/", 600);
        limits.put("/v2/post/publish/video/init/", 6);
        limits.put("/v2/post/publish/inbox/video/init/", 6);
        limits.put("/v2/post/publish/content/init/", 6);
        limits.put("/v2/post/publish/creator_info/query/", 20);
        limits.put("/v2/post/publish/status/fetch/", 30);
        return Collections.unmodifiableMap(limits);
    }
}
