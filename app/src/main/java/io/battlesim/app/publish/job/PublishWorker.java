package io.battlesim.app.publish.job;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs publish jobs, one virtual thread per job and never two runs of the same job at once (a double submit, a
 * webhook and the start-up resume may all ask for the same job).
 */
@Component
public class PublishWorker implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PublishWorker.class);

    private final JobSteps steps;
    private final ExecutorService executor = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("publish-job-", 0).factory());
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    PublishWorker(JobSteps steps) {
        this.steps = steps;
    }

    /** Runs the job in the background unless it is already running. */
    public void start(String jobId) {
        if (!running.add(jobId)) {
            return;
        }
        executor.execute(() -> {
            try {
                steps.runToEnd(jobId);
            } catch (RuntimeException e) {
                log.error("Publish job {} stopped unexpectedly", jobId, e);
            } finally {
                running.remove(jobId);
            }
        });
    }

    /** Whether a run of the job is in progress in this process. */
    public boolean isRunning(String jobId) {
        return running.contains(jobId);
    }

    @Override
    public void destroy() {
        // interrupted runs keep their stored state and resume at the next start
        executor.shutdownNow();
    }
}
