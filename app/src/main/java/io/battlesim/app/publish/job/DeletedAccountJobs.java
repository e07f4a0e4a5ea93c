package io.battlesim.app.publish.job;

import io.battlesim.app.auth.AccountDeleted;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * "Delete all my data" covers publishing too: the user's publish jobs (captions, post ids, errors) go with the
 * account by the {@code publish_job} foreign key's cascade, and this removes the uploaded videos still waiting on
 * disk, which the database cannot. A job running at that moment stops after its current step, because it no longer
 * finds its row.
 */
@Component
class DeletedAccountJobs {

    private static final Logger log = LoggerFactory.getLogger(DeletedAccountJobs.class);

    private final PublishJobRepository jobs;

    DeletedAccountJobs(PublishJobRepository jobs) {
        this.jobs = jobs;
    }

    @EventListener
    void on(AccountDeleted deleted) {
        // read before the user row goes: the cascade takes the jobs, and their paths, with it
        List<Path> videos = jobs.videoPathsOf(deleted.userId());
        // files go only once the deletion is committed, so a rolled-back deletion keeps its jobs intact
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deleteFiles(videos);
                }
            });
        } else {
            deleteFiles(videos);
        }
    }

    private static void deleteFiles(List<Path> videos) {
        for (Path video : videos) {
            try {
                Files.deleteIfExists(video);
            } catch (IOException e) {
                log.warn("Could not delete an uploaded video of a deleted account: {}", e.toString());
            }
        }
    }
}
