package io.battlesim.app.publish.web;

import io.battlesim.app.auth.SignedInUser;
import io.battlesim.app.battle.BattleView;
import io.battlesim.app.publish.PublishSettings;
import io.battlesim.app.publish.job.MediaKind;
import io.battlesim.app.publish.job.PublishJob;
import io.battlesim.app.publish.job.PublishJobs;
import io.battlesim.app.publish.video.VideoUploads;
import io.battlesim.app.publish.video.VideoUploads.StoredVideo;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;

/**
 * Share to TikTok from a finished battle: the form (fresh creator_info every time, quotas, the exact media) and
 * its two submissions, the result card as a photo post and an uploaded video as a video post. Nothing reaches
 * TikTok before the user presses Post; the same form key never makes a second job.
 */
@Controller
class ShareController {

    private final SharePages pages;
    private final PublishJobs jobs;
    private final VideoUploads uploads;
    private final PublishSettings settings;

    ShareController(SharePages pages, PublishJobs jobs, VideoUploads uploads, PublishSettings settings) {
        this.pages = pages;
        this.jobs = jobs;
        this.uploads = uploads;
        this.settings = settings;
    }

    @GetMapping("/publish/battles/{battleId}")
    String initShareForm(
            @PathVariable String battleId,
            @RequestParam(defaultValue = "photo") String media,
            @AuthenticationPrincipal SignedInUser user,
            Model model) {
        MediaKind kind = "video".equals(media) ? MediaKind.VIDEO : MediaKind.PHOTO;
        BattleView battle = pages.shareableBattle(battleId, user);
        return pages.form(model, user, battle, kind, pages.initialForm(battle, kind), List.of());
    }

    @PostMapping("/publish/battles/{battleId}/photo")
    String processPhotoForm(
            @PathVariable String battleId,
            @ModelAttribute ShareForm form,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            HttpServletResponse response) {
        PublishJob earlier = earlier(user, form);
        if (earlier != null) {
            return redirectTo(earlier);
        }
        BattleView battle = pages.shareableBattle(battleId, user);
        CreatorView creator = pages.creator(user);
        List<String> problems = new ArrayList<>(ShareChecks.problems(form, creator, MediaKind.PHOTO));
        problems.addAll(pages.quotaProblems(user));
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return pages.form(model, user, battle, MediaKind.PHOTO, form, problems);
        }
        PublishJob job = jobs.submit(new PublishJobs.Submission(
                user.id(),
                user.openId(),
                Objects.requireNonNull(form.idempotencyKey()),
                MediaKind.PHOTO,
                battle.id(),
                pages.cardToken(battle),
                null,
                null,
                ShareChecks.choices(form, creator, MediaKind.PHOTO)));
        return redirectTo(job);
    }

    @PostMapping("/publish/battles/{battleId}/video")
    String processVideoForm(
            @PathVariable String battleId,
            @ModelAttribute ShareForm form,
            @RequestPart(name = "video", required = false) @Nullable MultipartFile video,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            HttpServletResponse response)
            throws IOException {
        PublishJob earlier = earlier(user, form);
        if (earlier != null) {
            return redirectTo(earlier);
        }
        BattleView battle = pages.shareableBattle(battleId, user);
        CreatorView creator = pages.creator(user);
        List<String> problems = new ArrayList<>(ShareChecks.problems(form, creator, MediaKind.VIDEO));
        problems.addAll(pages.quotaProblems(user));
        StoredVideo stored = null;
        if (video == null || video.isEmpty()) {
            problems.add("Choose a video file to post.");
        } else if (video.getSize() > settings.maxVideoSize().toBytes()) {
            problems.add(
                    "The video is too large: at most " + settings.maxVideoSize().toMegabytes() + " MB.");
        } else if (problems.isEmpty()) {
            stored = store(video);
            problems.addAll(durationProblems(stored, creator));
        }
        if (!problems.isEmpty()) {
            if (stored != null) {
                uploads.discard(stored);
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return pages.form(model, user, battle, MediaKind.VIDEO, form, problems);
        }
        PublishJob job = jobs.submit(new PublishJobs.Submission(
                user.id(),
                user.openId(),
                Objects.requireNonNull(form.idempotencyKey()),
                MediaKind.VIDEO,
                battle.id(),
                null,
                Objects.requireNonNull(stored).path(),
                stored.size(),
                ShareChecks.choices(form, creator, MediaKind.VIDEO)));
        if (!job.videoPath().equals(stored.path())) {
            uploads.discard(stored); // a concurrent double submit won the race
        }
        return redirectTo(job);
    }

    private @Nullable PublishJob earlier(SignedInUser user, ShareForm form) {
        String key = form.idempotencyKey();
        return key == null ? null : jobs.existing(user.id(), key).orElse(null);
    }

    private StoredVideo store(MultipartFile video) throws IOException {
        try (InputStream in = video.getInputStream()) {
            return uploads.store(in, String.valueOf(video.getOriginalFilename()));
        }
    }

    private static List<String> durationProblems(StoredVideo video, CreatorView creator) {
        if (video.duration().isEmpty()) {
            return List.of("The file is not a video this app can check: upload an MP4 or MOV file.");
        }
        Duration length = video.duration().get();
        if (length.compareTo(Duration.ofSeconds(creator.maxVideoSeconds())) > 0) {
            return List.of("The video is " + minutes(length) + " long; this account may post videos of at most "
                    + creator.maxVideoDuration() + ".");
        }
        return List.of();
    }

    private static String minutes(Duration length) {
        long seconds = (length.toMillis() + 999) / 1000;
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }

    private static String redirectTo(PublishJob job) {
        return "redirect:/publish/jobs/" + job.id();
    }
}
