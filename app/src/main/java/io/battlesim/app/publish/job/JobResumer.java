package io.battlesim.app.publish.job;

import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * After a restart, continues every unfinished job no live node holds: an upload resumes while its URL is valid (else
 * starts over), processing posts are followed again. A job that was sending init when its node stopped is not
 * retried: TikTok may have accepted it, and a second init would post twice. A single node takes up every unfinished
 * job at start-up (the leases of its earlier runs are dropped, see {@link JobLeases#forgetEarlierRuns}); in a cluster
 * a node takes up only jobs whose lease ran out, at start-up and every {@link JobLeases#RENEW_SECONDS} seconds after,
 * so the jobs of a node that died go on elsewhere and those of live nodes are left to them.
 */
@Component
class JobResumer {

    private static final Logger log = LoggerFactory.getLogger(JobResumer.class);

    private final PublishJobRepository jobs;
    private final PublishWorker worker;
    private final JobLeases leases;
    private final Clock clock;

    JobResumer(PublishJobRepository jobs, PublishWorker worker, JobLeases leases, ObjectProvider<Clock> clock) {
        this.jobs = jobs;
        this.worker = worker;
        this.leases = leases;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeUnfinished() {
        resumeUnclaimed();
    }

    /** In a cluster: takes up the jobs whose node went away. */
    @Scheduled(
            fixedDelay = JobLeases.RENEW_SECONDS,
            initialDelay = JobLeases.RENEW_SECONDS,
            timeUnit = TimeUnit.SECONDS)
    void resumeOrphans() {
        if (leases.clustered()) {
            resumeUnclaimed();
        }
    }

    private void resumeUnclaimed() {
        for (PublishJob job : leases.claimable()) {
            if (worker.isRunning(job.id())) {
                continue;
            }
            if (job.state() == JobState.PENDING && job.initStartedAt() != null) {
                failLostInit(job);
                continue;
            }
            log.info("Resuming publish job {} ({})", job.id(), job.state());
            worker.start(job.id());
        }
    }

    /** Fails a job whose init went out from a node that stopped before the answer, once it is this node's. */
    private void failLostInit(PublishJob job) {
        if (!leases.claim(job.id())) {
            return; // another node was quicker
        }
        try {
            jobs.find(job.id())
                    .filter(now -> now.state() == JobState.PENDING && now.initStartedAt() != null)
                    .ifPresent(lost -> jobs.fail(
                            lost.id(),
                            "The app restarted while asking TikTok to post, so it cannot tell whether TikTok accepted"
                                    + " the post. Check your TikTok profile before sharing again.",
                            null,
                            clock.instant()));
        } finally {
            leases.release(job.id());
        }
    }
}
