package io.battlesim.app.publish.job;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * After a restart, continues every unfinished job: an upload resumes while its URL is valid (else starts over),
 * processing posts are followed again. A job that was sending init when the process stopped is not retried:
 * TikTok may have accepted it, and a second init would post twice.
 */
@Component
class JobResumer {

    private static final Logger log = LoggerFactory.getLogger(JobResumer.class);

    private final PublishJobRepository jobs;
    private final PublishWorker worker;
    private final Clock clock;

    JobResumer(PublishJobRepository jobs, PublishWorker worker, ObjectProvider<Clock> clock) {
        this.jobs = jobs;
        this.worker = worker;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeUnfinished() {
        for (PublishJob job : jobs.unfinished()) {
            if (job.state() == JobState.PENDING && job.initStartedAt() != null) {
                jobs.fail(
                        job.id(),
                        "The app restarted while asking TikTok to post, so it cannot tell whether TikTok accepted"
                                + " the post. Check your TikTok profile before sharing again.",
                        null,
                        clock.instant());
                continue;
            }
            log.info("Resuming publish job {} ({})", job.id(), job.state());
            worker.start(job.id());
        }
    }
}
