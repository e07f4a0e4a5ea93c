package io.battlesim.app.publish.web;

import io.battlesim.app.auth.SignedInUser;
import io.battlesim.app.publish.job.JobRetries;
import io.battlesim.app.publish.job.PublishJobs;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The user's posts: the list and one job with its live progress. */
@Controller
class JobsController {

    private final PublishJobs jobs;
    private final JobRetries retries;

    JobsController(PublishJobs jobs, JobRetries retries) {
        this.jobs = jobs;
        this.retries = retries;
    }

    @GetMapping("/publish/jobs")
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("jobs", JobView.listOf(jobs.forUser(user.id()), user.username()));
        return "publish/jobs";
    }

    @GetMapping("/publish/jobs/{jobId}")
    String show(
            @PathVariable String jobId,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            HttpServletResponse response) {
        return jobs.find(user.id(), jobId)
                .map(job -> {
                    model.addAttribute(
                            "job",
                            JobView.of(
                                    job, user.username(), retries.retryOf(job).orElse(null)));
                    return "publish/job";
                })
                .orElseGet(() -> {
                    response.setStatus(HttpStatus.NOT_FOUND.value());
                    model.addAttribute("message", "There is no such post.");
                    return "publish/unavailable";
                });
    }
}
