package io.battlesim.app.publish.web;

import io.battlesim.app.auth.SignedInUser;
import io.battlesim.app.publish.job.JobRetries;
import io.battlesim.app.publish.job.PublishJobs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's publish jobs as JSON (the job page polls it for its progress bar). */
@RestController
@Tag(
        name = "Publishing",
        description = "Your Share to TikTok posts: state, upload progress, TikTok's publish and post ids, why one"
                + " failed and whether it can be tried again")
class PublishApiController {

    private final PublishJobs jobs;
    private final JobRetries retries;

    PublishApiController(PublishJobs jobs, JobRetries retries) {
        this.jobs = jobs;
        this.retries = retries;
    }

    @GetMapping("/api/publish/jobs")
    @Operation(summary = "Your publish jobs", description = "Newest first, at most 100.")
    List<JobView> list(@AuthenticationPrincipal SignedInUser user) {
        return JobView.listOf(jobs.forUser(user.id()), user.username());
    }

    @GetMapping("/api/publish/jobs/{jobId}")
    @Operation(summary = "One publish job", description = "Its state, upload progress, publish id, post ids, error.")
    JobView job(@PathVariable String jobId, @AuthenticationPrincipal SignedInUser user) {
        return jobs.find(user.id(), jobId)
                .map(job ->
                        JobView.of(job, user.username(), retries.retryOf(job).orElse(null)))
                .orElseThrow(JobNotFoundException::new);
    }

    @ResponseStatus(code = HttpStatus.NOT_FOUND, reason = "There is no publish job with this id for you.")
    static final class JobNotFoundException extends RuntimeException {
        JobNotFoundException() {
            super(null, null, false, false);
        }
    }
}
