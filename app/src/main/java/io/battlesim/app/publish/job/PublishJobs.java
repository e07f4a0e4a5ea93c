package io.battlesim.app.publish.job;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Accepts posts: stores the job under the form's idempotency key and starts it. Submitting the same key again
 * (a double click, a retried request, the back button) returns the first job and starts nothing new.
 */
@Service
public class PublishJobs {

    private final PublishJobRepository repository;
    private final PublishWorker worker;
    private final Clock clock;

    PublishJobs(PublishJobRepository repository, PublishWorker worker, ObjectProvider<Clock> clock) {
        this.repository = repository;
        this.worker = worker;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /**
     * What a submission names.
     *
     * @param userId the app user
     * @param openId the creator's open_id
     * @param idempotencyKey the form's key
     * @param kind photo or video
     * @param battleId the battle, if any
     * @param cardToken the card (photo posts)
     * @param videoPath the stored upload (video posts)
     * @param videoSize its size
     * @param choices the user's choices
     */
    public record Submission(
            long userId,
            String openId,
            String idempotencyKey,
            MediaKind kind,
            @Nullable String battleId,
            @Nullable String cardToken,
            @Nullable Path videoPath,
            @Nullable Long videoSize,
            PostChoices choices) {}

    /** The job of this submission: new and started, or the earlier one with the same key. */
    public PublishJob submit(Submission submission) {
        Optional<PublishJob> earlier = existing(submission.userId(), submission.idempotencyKey());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        PublishJob job = PublishJob.pending(
                UUID.randomUUID().toString(),
                submission.userId(),
                submission.openId(),
                submission.idempotencyKey(),
                submission.kind(),
                submission.battleId(),
                submission.cardToken(),
                submission.videoPath(),
                submission.videoSize(),
                submission.choices(),
                clock.instant());
        if (!repository.insert(job)) {
            return existing(submission.userId(), submission.idempotencyKey()).orElseThrow();
        }
        worker.start(job.id());
        return job;
    }

    /** The job the user already submitted with this key. */
    public Optional<PublishJob> existing(long userId, String idempotencyKey) {
        return repository.findByKey(userId, idempotencyKey);
    }

    /** The user's job with this id. */
    public Optional<PublishJob> find(long userId, String jobId) {
        return repository.find(jobId).filter(job -> job.userId() == userId);
    }

    /** The user's jobs, newest first. */
    public List<PublishJob> forUser(long userId) {
        return repository.forUser(userId, 100);
    }
}
