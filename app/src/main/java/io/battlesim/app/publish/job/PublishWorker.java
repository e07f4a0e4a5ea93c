package io.battlesim.app.publish.job;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs publish jobs, one virtual thread per job and never two runs of the same job at once (a double submit, a
 * webhook and the start-up resume may all ask for the same job), in this process or on any other node: a run starts
 * only once the job is claimed for this node ({@link JobLeases}), its lease is renewed while it runs, and released
 * when it ends.
 */
@Component
public class PublishWorker implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PublishWorker.class);

    private final JobSteps steps;
    private final JobLeases leases;
    private final ExecutorService executor = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("publish-job-", 0).factory());
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    PublishWorker(JobSteps steps, JobLeases leases) {
        this.steps = steps;
        this.leases = leases;
    }

    /** Runs the job in the background unless it is already running here or on another node. */
    public void start(String jobId) {
        if (!running.add(jobId)) {
            return;
        }
        boolean claimed = false;
        try {
            claimed = leases.claim(jobId);
        } finally {
            if (!claimed) {
                running.remove(jobId);
            }
        }
        if (claimed) {
            executor.execute(() -> run(jobId));
        }
    }

    /** Whether a run of the job is in progress in this process. */
    public boolean isRunning(String jobId) {
        return running.contains(jobId);
    }

    /** Keeps the leases of the jobs running here from running out. */
    @Scheduled(
            fixedDelay = JobLeases.RENEW_SECONDS,
            initialDelay = JobLeases.RENEW_SECONDS,
            timeUnit = TimeUnit.SECONDS)
    void renewLeases() {
        Set<String> ids = Set.copyOf(running);
        if (!ids.isEmpty()) {
            leases.renew(ids);
        }
    }

    private void run(String jobId) {
        boolean release = true;
        try {
            steps.runToEnd(jobId);
        } catch (RuntimeException e) {
            // the lease runs out instead: the job is tried again then (another node, or the next start), not at once
            release = false;
            log.error("Publish job {} stopped unexpectedly", jobId, e);
        } finally {
            try {
                // an interrupted thread (shutdown) stays off the database, whose file H2 closes on an interrupt
                if (release && !Thread.currentThread().isInterrupted()) {
                    leases.release(jobId);
                }
            } catch (RuntimeException e) {
                log.warn(
                        "Publish job {}: could not release its lease, which runs out instead: {}", jobId, e.toString());
            } finally {
                running.remove(jobId);
            }
        }
    }

    @Override
    public void destroy() {
        // interrupted runs keep their stored state, release their lease and resume at the next start or elsewhere
        executor.shutdownNow();
    }
}
