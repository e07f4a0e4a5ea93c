package io.battlesim.app.publish.job;

import io.battlesim.app.auth.TikTokAccessTokens;
import io.battlesim.app.publish.PublishSettings;
import io.battlesim.app.publish.card.CardUrls;
import io.battlesim.tiktok.client.ChunkPlan;
import io.battlesim.tiktok.client.ContentPosting;
import io.battlesim.tiktok.client.MediaSource;
import io.battlesim.tiktok.client.PhotoPost;
import io.battlesim.tiktok.client.PostInfo;
import io.battlesim.tiktok.client.PostMode;
import io.battlesim.tiktok.client.PublishState;
import io.battlesim.tiktok.client.PublishStatus;
import io.battlesim.tiktok.client.PublishTicket;
import io.battlesim.tiktok.client.TikTokApiException;
import io.battlesim.tiktok.client.TikTokClient;
import io.battlesim.tiktok.client.TikTokRateLimitedException;
import io.battlesim.tiktok.client.TikTokTransportException;
import io.battlesim.tiktok.client.TikTokUploadException;
import io.battlesim.tiktok.client.UploadSource;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The steps of one job: init (photo: TikTok pulls the card from our public URL; video: FILE_UPLOAD), the chunked
 * upload (resumed from the confirmed byte count while the upload URL is valid, else a new init), and following
 * the status until TikTok reports the outcome. Every step stores its result before the next begins, so a restart
 * continues where the job was.
 */
@Component
class JobSteps {

    private static final Logger log = LoggerFactory.getLogger(JobSteps.class);
    /** Upload URLs live one hour; we stop trusting one a little earlier. */
    static final Duration UPLOAD_URL_LIFETIME = Duration.ofHours(1);

    private static final Duration URL_SAFETY_MARGIN = Duration.ofMinutes(2);
    private static final int TRANSPORT_ATTEMPTS = 5;
    private static final String CREATOR_ONLY = "SELF_ONLY";

    private final PublishJobRepository jobs;
    private final JobLeases leases;
    private final TikTokClient tiktok;
    private final TikTokAccessTokens tokens;
    private final Quotas quotas;
    private final PublishSettings settings;
    private final String publicUrl;
    private final Clock clock;

    JobSteps(
            PublishJobRepository jobs,
            JobLeases leases,
            TikTokClient tiktok,
            TikTokAccessTokens tokens,
            Quotas quotas,
            PublishSettings settings,
            @Value("${app.public-url}") String publicUrl,
            ObjectProvider<Clock> clock) {
        this.jobs = jobs;
        this.leases = leases;
        this.tiktok = tiktok;
        this.tokens = tokens;
        this.quotas = quotas;
        this.settings = settings;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /**
     * Advances the job, which this node claimed, until it is over (or the process stops, or another node took the
     * job over after this node's lease ran out).
     */
    void runToEnd(String jobId) {
        int transportFailures = 0;
        for (Optional<PublishJob> job = jobs.find(jobId);
                job.isPresent() && !job.get().state().terminal();
                job = jobs.find(jobId)) {
            if (Thread.currentThread().isInterrupted() || lostTo(jobId)) {
                return;
            }
            try {
                step(job.get());
                transportFailures = 0;
            } catch (TikTokApiException e) {
                fail(job.get(), TikTokFailures.of(e, clock.instant(), dailyCapFreesAt(job.get())));
            } catch (TikTokRateLimitedException e) {
                fail(job.get(), TikTokFailures.rateLimited(clock.instant().plus(e.retryAfter())));
            } catch (TikTokUploadException e) {
                if (!e.resumable() || ++transportFailures >= TRANSPORT_ATTEMPTS) {
                    fail(job.get(), new Failure("TikTok did not accept the video upload. Try again later.", null));
                } else {
                    log.info("Publish job {}: upload interrupted at {} bytes, resuming", jobId, e.confirmedBytes());
                    sleep(Duration.ofSeconds(transportFailures));
                }
            } catch (TikTokTransportException e) {
                if (++transportFailures >= TRANSPORT_ATTEMPTS || job.get().state() == JobState.PENDING) {
                    fail(job.get(), new Failure("TikTok could not be reached. Try again in a few minutes.", null));
                } else {
                    log.info("Publish job {}: TikTok unreachable ({}), retrying", jobId, e.getMessage());
                    sleep(Duration.ofSeconds(2L * transportFailures));
                }
            }
        }
    }

    private void step(PublishJob job) {
        Optional<String> token = tokens.forUser(job.userId());
        if (token.isEmpty()) {
            fail(job, new Failure("Your TikTok connection expired or was removed. Connect TikTok again.", null));
            return;
        }
        switch (job.state()) {
            case PENDING -> init(job, token.get());
            case UPLOADING -> upload(job, token.get());
            case PROCESSING -> follow(job, token.get());
            default -> throw new IllegalStateException("job " + job.id() + " is " + job.state());
        }
    }

    private void init(PublishJob job, String token) {
        Quota quota = quotas.of(job.openId());
        if (!quota.allowsPost()) {
            Instant at = Objects.requireNonNull(quota.nextPostAt());
            fail(job, quota.postsLeft() <= 0 ? TikTokFailures.dailyCap(at) : TikTokFailures.rateLimited(at));
            return;
        }
        if (!jobs.initStarting(job.id(), leases.node(), clock.instant())) {
            return; // over, or another node holds the job now: the run loop finds out which
        }
        quotas.recordRequest(job.openId());
        PublishTicket ticket = sendInit(job, token);
        Instant now = clock.instant();
        JobState next = job.kind() == MediaKind.VIDEO ? JobState.UPLOADING : JobState.PROCESSING;
        URI uploadUrl = ticket.uploadUrl().orElse(null);
        jobs.initialised(
                job.id(),
                ticket.publishId(),
                uploadUrl,
                uploadUrl == null ? null : now.plus(UPLOAD_URL_LIFETIME),
                next,
                now);
        log.info("Publish job {}: TikTok accepted the {} post as {}", job.id(), job.kind(), ticket.publishId());
    }

    /** Sends init; a refusal (or a connection never opened) is noted, so a retry knows TikTok made no post. */
    private PublishTicket sendInit(PublishJob job, String token) {
        ContentPosting posting = tiktok.contentPosting();
        try {
            return switch (job.kind()) {
                case PHOTO -> posting.initPhotos(token, photoPost(job));
                case VIDEO -> posting.initDirectVideo(token, postInfo(job), MediaSource.fileUpload(plan(job)));
            };
        } catch (TikTokApiException | TikTokRateLimitedException e) {
            jobs.initAnswered(job.id(), clock.instant());
            throw e;
        } catch (TikTokTransportException e) {
            if (e.beforeRequestSent()) {
                jobs.initAnswered(job.id(), clock.instant());
            }
            throw e;
        }
    }

    private void upload(PublishJob job, String token) {
        URI url = job.uploadUrl();
        Instant expires = job.uploadUrlExpiresAt();
        if (url == null || expires == null || clock.instant().isAfter(expires.minus(URL_SAFETY_MARGIN))) {
            log.info("Publish job {}: upload URL expired before the upload finished; starting over", job.id());
            init(job, token);
            return;
        }
        Path video = Objects.requireNonNull(job.videoPath(), "video job without a file");
        if (!Files.isReadable(video)) {
            fail(job, new Failure("The uploaded video is no longer on the server. Upload it again.", null));
            return;
        }
        ContentPosting posting = tiktok.contentPosting();
        var source = UploadSource.ofPath(video);
        try {
            if (job.uploadedBytes() > 0) {
                posting.resume(url, plan(job), source, job.uploadedBytes(), (sent, total) -> progress(job, sent));
            } else {
                posting.upload(url, plan(job), source, (sent, total) -> progress(job, sent));
            }
        } catch (TikTokUploadException e) {
            jobs.uploaded(job.id(), e.confirmedBytes(), clock.instant());
            if (e.failure() instanceof TikTokApiException refused
                    && (refused.httpStatus() == 403 || refused.httpStatus() == 404)) {
                // the upload URL expired or TikTok forgot the task: the post never reached processing, so a new
                // init cannot make a second post
                init(job, token);
                return;
            }
            throw e;
        }
        jobs.moveTo(job.id(), JobState.PROCESSING, clock.instant());
    }

    private void progress(PublishJob job, long sentBytes) {
        jobs.uploaded(job.id(), sentBytes, clock.instant());
    }

    /**
     * Fetches the status until TikTok reports the outcome, then (for posts others may see) until the public post
     * id appears after moderation. Webhooks may get there first; their effects are seen on the next round.
     */
    private void follow(PublishJob job, String token) {
        String publishId = Objects.requireNonNull(job.publishId(), "processing job without publish id");
        Instant deadline = clock.instant().plus(settings.pollLimit());
        while (clock.instant().isBefore(deadline)) {
            if (lostTo(job.id())) {
                return;
            }
            Optional<PublishJob> current = jobs.find(job.id());
            if (current.isEmpty() || done(current.get())) {
                current.ifPresent(JobSteps::cleanUp);
                return;
            }
            try {
                apply(current.get(), tiktok.contentPosting().fetchStatus(token, publishId));
            } catch (TikTokRateLimitedException e) {
                sleep(e.retryAfter());
                continue;
            }
            if (!jobs.find(job.id()).map(JobSteps::done).orElse(true)) {
                sleep(settings.pollInterval());
            }
        }
        if (jobs.find(job.id()).map(found -> !found.state().terminal()).orElse(false)) {
            fail(
                    job,
                    new Failure(
                            "TikTok is still processing the post after "
                                    + settings.pollLimit().toMinutes()
                                    + " minutes. Check your TikTok profile; it may still appear.",
                            null));
        }
    }

    /**
     * Whether this node no longer holds the job: another node took it over (this node's lease ran out while it hung)
     * and goes on with it, or the job is gone.
     */
    private boolean lostTo(String jobId) {
        if (leases.holds(jobId)) {
            return false;
        }
        log.warn("Publish job {}: this node no longer holds it (taken over by another node, or deleted)", jobId);
        return true;
    }

    /** Over for good: failed, or posted with its public id (or private, which never gets one). */
    private static boolean done(PublishJob job) {
        return job.state() == JobState.FAILED
                || (job.state() == JobState.COMPLETED
                        && (!job.postIds().isEmpty()
                                || CREATOR_ONLY.equals(job.choices().privacyLevel())));
    }

    private void apply(PublishJob job, PublishStatus status) {
        Instant now = clock.instant();
        if (status.status() == PublishState.PUBLISH_COMPLETE || status.status() == PublishState.SEND_TO_USER_INBOX) {
            if (jobs.complete(job.id(), status.publiclyAvailablePostIds(), now)) {
                log.info("Publish job {}: posted", job.id());
            }
            status.publiclyAvailablePostIds().forEach(id -> jobs.addPostId(job.id(), id, now));
        } else if (status.status() == PublishState.FAILED) {
            fail(job, TikTokFailures.ofFailReason(status.failReason(), now));
        } else if (status.uploadedBytes() > 0 && job.kind() == MediaKind.VIDEO) {
            jobs.uploaded(job.id(), status.uploadedBytes(), now);
        }
    }

    private void fail(PublishJob job, Failure failure) {
        if (jobs.fail(job.id(), failure.message(), failure.retryAt(), clock.instant())) {
            log.info("Publish job {} failed: {}", job.id(), failure.message());
            cleanUp(job);
        }
    }

    private Instant dailyCapFreesAt(PublishJob job) {
        return quotas.of(job.openId()).postsFreeAt();
    }

    private PhotoPost photoPost(PublishJob job) {
        PostChoices choices = job.choices();
        URI card = CardUrls.url(publicUrl, Objects.requireNonNull(job.cardToken(), "photo job without a card"));
        return new PhotoPost(
                PostMode.DIRECT_POST,
                choices.title(),
                choices.description(),
                choices.privacyLevel(),
                !choices.allowComment(),
                false,
                choices.brandedContent(),
                choices.yourBrand(),
                List.of(card),
                0);
    }

    private static PostInfo postInfo(PublishJob job) {
        PostChoices choices = job.choices();
        return new PostInfo(
                choices.title(),
                choices.privacyLevel(),
                !choices.allowComment(),
                !choices.allowDuet(),
                !choices.allowStitch(),
                null,
                choices.brandedContent(),
                choices.yourBrand(),
                false);
    }

    private ChunkPlan plan(PublishJob job) {
        long size = Objects.requireNonNull(job.videoSize(), "video job without a size");
        long chunk = settings.chunkSize().toBytes();
        // deterministic, so a resumed upload follows the plan its init announced
        return chunk > 0 && size >= 2 * chunk ? ChunkPlan.of(size, chunk) : ChunkPlan.forSize(size);
    }

    private static void cleanUp(PublishJob job) {
        if (job.videoPath() != null) {
            try {
                Files.deleteIfExists(job.videoPath());
            } catch (IOException e) {
                log.warn("Publish job {}: could not delete its video file: {}", job.id(), e.toString());
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
