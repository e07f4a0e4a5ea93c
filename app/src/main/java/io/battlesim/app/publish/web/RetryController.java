package io.battlesim.app.publish.web;

import io.battlesim.app.auth.SignedInUser;
import io.battlesim.app.battle.BattleView;
import io.battlesim.app.publish.job.JobRetries;
import io.battlesim.app.publish.job.MediaKind;
import io.battlesim.app.publish.job.PublishJob;
import io.battlesim.app.publish.job.PublishJobs;
import io.battlesim.app.publish.job.RetryRefusedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Retry on a failed post: the same choices, checked like a new submission against a fresh creator_info and the
 * quotas, sent as a new job only when TikTok surely has no post from the failed one. Pressing it twice (or
 * reloading) leads to the same retry.
 */
@Controller
class RetryController {

    private final PublishJobs jobs;
    private final JobRetries retries;
    private final SharePages pages;

    RetryController(PublishJobs jobs, JobRetries retries, SharePages pages) {
        this.jobs = jobs;
        this.retries = retries;
        this.pages = pages;
    }

    @PostMapping("/publish/jobs/{jobId}/retry")
    String retry(@PathVariable String jobId, @AuthenticationPrincipal SignedInUser user) {
        PublishJob failed = jobs.find(user.id(), jobId)
                .orElseThrow(() -> new SharePageException(HttpStatus.NOT_FOUND, "There is no such post."));
        Optional<PublishJob> earlier = retries.retryOf(failed);
        if (earlier.isPresent()) {
            return redirectTo(earlier.get());
        }
        if (!JobRetries.offered(failed)) {
            throw new SharePageException(
                    HttpStatus.CONFLICT,
                    "This post cannot be tried again as it was. Check your TikTok profile, then share it again from"
                            + " the battle.",
                    failed.battleId());
        }
        String battleId = Objects.requireNonNull(failed.battleId());
        BattleView battle = pages.shareableBattle(battleId, user);
        CreatorView creator = pages.creator(user);
        ShareForm form = ShareForm.of(failed.choices(), JobRetries.keyOf(failed));
        List<String> problems = new ArrayList<>(ShareChecks.problems(form, creator, MediaKind.PHOTO));
        problems.addAll(pages.quotaProblems(user));
        if (!problems.isEmpty()) {
            throw new SharePageException(
                    HttpStatus.CONFLICT,
                    "This post cannot be tried again as it was: " + String.join(" ", problems),
                    battle.id());
        }
        try {
            return redirectTo(retries.retry(failed, ShareChecks.choices(form, creator, MediaKind.PHOTO)));
        } catch (RetryRefusedException e) {
            throw new SharePageException(HttpStatus.CONFLICT, Objects.requireNonNull(e.getMessage()), battle.id());
        }
    }

    private static String redirectTo(PublishJob job) {
        return "redirect:/publish/jobs/" + job.id();
    }
}
