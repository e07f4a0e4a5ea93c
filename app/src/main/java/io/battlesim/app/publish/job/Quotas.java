package io.battlesim.app.publish.job;

import io.battlesim.app.publish.PublishSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Per-creator posting allowance: TikTok's per-token limit on post requests (a sliding minute, counted here in
 * memory, since TikTok sends no rate-limit headers) and the daily post cap (counted from the stored jobs that
 * reached TikTok, so it survives restarts).
 */
@Component
public class Quotas {

    static final Duration MINUTE = Duration.ofMinutes(1);
    static final Duration DAY = Duration.ofHours(24);

    private final PublishJobRepository jobs;
    private final PublishSettings settings;
    private final Clock clock;
    private final Map<String, Deque<Instant>> requests = new ConcurrentHashMap<>();

    Quotas(PublishJobRepository jobs, PublishSettings settings, ObjectProvider<Clock> clock) {
        this.jobs = jobs;
        this.settings = settings;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /** The creator's allowance now. */
    public Quota of(String openId) {
        Instant now = clock.instant();
        List<Instant> recentRequests = recentRequests(openId, now);
        int requestsLeft = Math.max(0, settings.requestsPerMinute() - recentRequests.size());
        Instant requestsFreeAt =
                requestsLeft > 0 ? null : recentRequests.getFirst().plus(MINUTE);
        List<Instant> posts = jobs.postedSince(openId, now.minus(DAY));
        int postsLeft = Math.max(0, settings.postsPerDay() - posts.size());
        Instant postsFreeAt =
                postsLeft > 0 || posts.isEmpty() ? null : posts.getFirst().plus(DAY);
        return new Quota(requestsLeft, requestsFreeAt, postsLeft, postsFreeAt);
    }

    /** Counts one post request (init call) of the creator. */
    public void recordRequest(String openId) {
        Deque<Instant> times = requests.computeIfAbsent(openId, key -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.instant());
        }
    }

    private List<Instant> recentRequests(String openId, Instant now) {
        Deque<Instant> times = requests.get(openId);
        if (times == null) {
            return List.of();
        }
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(MINUTE))) {
                times.removeFirst();
            }
            return List.copyOf(times);
        }
    }
}
