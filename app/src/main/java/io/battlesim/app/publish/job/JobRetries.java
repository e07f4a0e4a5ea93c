package io.battlesim.app.publish.job;

import io.battlesim.app.auth.TikTokAccessTokens;
import io.battlesim.tiktok.client.PublishState;
import io.battlesim.tiktok.client.TikTokClient;
import io.battlesim.tiktok.client.TikTokException;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Trying a failed post again with the same choices. Every TikTok init makes a new post, so a retry is offered only
 * when TikTok surely has no post from the job: init was refused or never sent, or TikTok itself reports the post
 * failed (asked again at retry time). The retry is a new job under a key derived from the failed one, so a double
 * click starts one job. Videos are not retried here: their file is deleted when the job ends.
 */
@Service
public class JobRetries {

    private static final String KEY_PREFIX = "retry-";

    private final PublishJobs jobs;
    private final TikTokClient tiktok;
    private final TikTokAccessTokens tokens;

    JobRetries(PublishJobs jobs, TikTokClient tiktok, TikTokAccessTokens tokens) {
        this.jobs = jobs;
        this.tiktok = tiktok;
        this.tokens = tokens;
    }

    /** Whether the job's page offers a one-click retry (TikTok's answer is checked again when it is pressed). */
    public static boolean offered(PublishJob job) {
        return job.state() == JobState.FAILED
                && job.kind() == MediaKind.PHOTO
                && job.cardToken() != null
                && job.battleId() != null
                && !job.initOutcomeUnknown();
    }

    /** The idempotency key of the failed job's retry. */
    public static String keyOf(PublishJob failed) {
        return KEY_PREFIX + failed.id();
    }

    /** The retry already started for this job. */
    public Optional<PublishJob> retryOf(PublishJob failed) {
        return jobs.existing(failed.userId(), keyOf(failed));
    }

    /**
     * Starts the retry of a failed job with {@code choices} (its own, checked again against a fresh creator_info
     * by the caller), or returns the retry started before.
     *
     * @throws RetryRefusedException when TikTok may have the post, or the job cannot be retried
     */
    public PublishJob retry(PublishJob failed, PostChoices choices) {
        Objects.requireNonNull(choices, "choices must not be null");
        Optional<PublishJob> earlier = retryOf(failed);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (!offered(failed)) {
            throw new RetryRefusedException(
                    failed.state() != JobState.FAILED
                            ? "Only a failed post can be tried again."
                            : "This post cannot be tried again from here: share it again from the battle.");
        }
        if (failed.publishId() != null) {
            requireFailedAtTikTok(failed, failed.publishId());
        }
        return jobs.submit(new PublishJobs.Submission(
                failed.userId(),
                failed.openId(),
                keyOf(failed),
                failed.kind(),
                failed.battleId(),
                failed.cardToken(),
                null,
                null,
                choices));
    }

    /** A post TikTok knows is tried again only once TikTok itself says it failed: anything else may still post. */
    private void requireFailedAtTikTok(PublishJob failed, String publishId) {
        String token = tokens.forUser(failed.userId())
                .orElseThrow(() -> new RetryRefusedException(
                        "Your TikTok connection expired or was removed. Connect TikTok again, then retry."));
        PublishState state;
        try {
            state = tiktok.contentPosting().fetchStatus(token, publishId).status();
        } catch (TikTokException e) {
            throw new RetryRefusedException(
                    "TikTok could not tell whether it still has this post, so it was not sent again. Try again in a"
                            + " few minutes.");
        }
        switch (state) {
            case FAILED -> {}
            case PUBLISH_COMPLETE, SEND_TO_USER_INBOX ->
                throw new RetryRefusedException(
                        "TikTok has this post after all: check your TikTok profile. It was not sent again.");
            default ->
                throw new RetryRefusedException(
                        "TikTok is still working on this post, so it was not sent again. Check your TikTok profile"
                                + " in a few minutes.");
        }
    }
}
