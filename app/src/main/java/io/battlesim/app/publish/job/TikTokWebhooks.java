package io.battlesim.app.publish.job;

import io.battlesim.app.auth.TikTokAccessTokens;
import io.battlesim.tiktok.client.WebhookEvent;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Applies verified webhook events, each once across all nodes: TikTok delivers at least once, to any node, without
 * event ids, so a repeated delivery is recognised by the event's digest ({@link WebhookDeliveries}) and changes
 * nothing (a late repeat of {@code authorization.removed} must not delete the tokens of a user who connected again).
 * The effects are idempotent besides: finished jobs stay finished, post ids are added once, deleting tokens twice
 * deletes nothing.
 */
@Service
public class TikTokWebhooks {

    private static final Logger log = LoggerFactory.getLogger(TikTokWebhooks.class);
    private static final Pattern POST_ID = Pattern.compile("[0-9]{1,32}");

    private final PublishJobRepository jobs;
    private final TikTokAccessTokens tokens;
    private final WebhookDeliveries deliveries;
    private final Clock clock;

    TikTokWebhooks(
            PublishJobRepository jobs,
            TikTokAccessTokens tokens,
            WebhookDeliveries deliveries,
            ObjectProvider<Clock> clock) {
        this.jobs = jobs;
        this.tokens = tokens;
        this.deliveries = deliveries;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /**
     * Applies one event, unless another delivery of it was applied before (on any node).
     *
     * @return whether it was applied now; false for a repeated delivery
     */
    public boolean handle(WebhookEvent event) {
        boolean applied = deliveries.once(event, clock.instant(), this::apply);
        if (!applied) {
            log.debug("TikTok webhook {} delivered again: applied before, ignored", event.event());
        }
        return applied;
    }

    /** Every hour: forgets deliveries older than TikTok retries (every node does it; deleting twice is harmless). */
    @Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.HOURS)
    void forgetOldDeliveries() {
        deliveries.forgetBefore(clock.instant());
    }

    private void apply(WebhookEvent event) {
        switch (event.event()) {
            case "authorization.removed" -> {
                boolean deleted = tokens.forgetRevoked(event.userOpenId());
                log.info("TikTok authorization removed for open_id {}: tokens deleted={}", event.userOpenId(), deleted);
            }
            case "post.publish.complete", "post.publish.inbox_delivered" ->
                job(event).ifPresent(job -> jobs.complete(job.id(), List.of(), clock.instant()));
            case "post.publish.publicly_available" ->
                job(event).ifPresent(job -> {
                    event.contentField("post_id")
                            .filter(TikTokWebhooks::isPostId)
                            .ifPresent(postId -> jobs.addPostId(job.id(), postId, clock.instant()));
                    jobs.complete(job.id(), List.of(), clock.instant());
                });
            case "post.publish.failed" ->
                job(event).ifPresent(job -> {
                    Failure failure = TikTokFailures.ofFailReason(
                            event.contentField("reason").orElse(null), clock.instant());
                    jobs.fail(job.id(), failure.message(), failure.retryAt(), clock.instant());
                });
            default -> log.debug("TikTok webhook {} ignored", event.event());
        }
    }

    /** TikTok's post ids are numbers (19 digits today); anything else in a signed event is not stored. */
    private static boolean isPostId(String postId) {
        boolean valid = POST_ID.matcher(postId).matches();
        if (!valid) {
            log.warn("TikTok webhook with a post_id that is no post id ({} characters): ignored", postId.length());
        }
        return valid;
    }

    private Optional<PublishJob> job(WebhookEvent event) {
        Optional<PublishJob> job = event.publishId().flatMap(jobs::findByPublishId);
        if (job.isEmpty()) {
            log.info("TikTok webhook {} names no known publish job", event.event());
        }
        return job;
    }
}
