package io.battlesim.app.publish.web;

import io.battlesim.app.auth.SignedInUser;
import io.battlesim.app.insights.CreatorInsights;
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
    private final CreatorInsights insights;

    JobsController(PublishJobs jobs, JobRetries retries, CreatorInsights insights) {
        this.jobs = jobs;
        this.retries = retries;
        this.insights = insights;
    }

    @GetMapping("/publish/jobs")
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        var list = jobs.forUser(user.id());
        model.addAttribute("jobs", JobView.listOf(list, user.username()));
        // a published post links to its statistics once a snapshot has seen it
        model.addAttribute(
                "statsPostIds",
                insights.withStatistics(
                        user.id(),
                        list.stream().flatMap(job -> job.postIds().stream()).toList()));
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
                    model.addAttribute("statsPostIds", insights.withStatistics(user.id(), job.postIds()));
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
