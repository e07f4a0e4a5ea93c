package io.battlesim.app.insights.web;

import io.battlesim.app.auth.SignedInUser;
import io.battlesim.app.insights.BestTimeToPost;
import io.battlesim.app.insights.CreatorInsights;
import io.battlesim.app.insights.InsightsOverview;
import io.battlesim.app.insights.ManualRefresh;
import io.battlesim.app.insights.PostingSlot;
import io.battlesim.app.insights.ProfilePoint;
import io.battlesim.app.insights.VideoDay;
import io.battlesim.app.insights.VideoFilter;
import io.battlesim.app.insights.VideoHistory;
import io.battlesim.app.insights.VideoLine;
import io.battlesim.app.insights.VideoPage;
import io.battlesim.app.leaderboard.Csv;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in creator's statistics as JSON and CSV: only ever their own. */
@RestController
@RequestMapping("/api/insights")
@Tag(
        name = "Creator insights",
        description = "The signed-in creator's profile and video statistics from TikTok's Display API, one snapshot"
                + " a UTC day (TikTok reports only current counts: history starts when the creator connects)")
class InsightsApiController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final String SORT_DOC = "posted, views (default), likes, comments, shares, engagement or growth"
            + " (views since the previous snapshot)";

    private final CreatorInsights insights;
    private final ManualRefresh refresh;

    InsightsApiController(CreatorInsights insights, ManualRefresh refresh) {
        this.insights = insights;
        this.refresh = refresh;
    }

    /** The overview: profile per day, latest against previous, best time to post, the snapshot state. */
    record Overview(
            List<ProfilePoint> profile,
            @Nullable ProfilePoint latest,
            @Nullable ProfilePoint previous,
            long videos,
            BestTimeToPost bestTime,
            @Nullable Snapshot snapshot) {}

    /** Where the snapshots stand. */
    record Snapshot(
            String state,
            String day,
            int videosSeen,
            Instant nextRunAt,
            @Nullable String message) {}

    /** A page of the video table. */
    record Videos(List<VideoLine> videos, long total, String sort, String order, int offset, int limit) {}

    /** What became of a refresh request. */
    record Refresh(String status, @Nullable Instant nextAllowed) {}

    @Operation(
            summary = "The creator's overview",
            description = "Followers, likes, video count and total views per UTC day, the latest snapshot against"
                    + " the one before, and the best time to post (median views 7 days after posting, by UTC hour"
                    + " and weekday).")
    @GetMapping
    Overview overview(@AuthenticationPrincipal SignedInUser user) {
        InsightsOverview overview = insights.overview(user.id());
        Snapshot snapshot = overview.run() == null
                ? null
                : new Snapshot(
                        overview.run().state().name(),
                        overview.run().day().toString(),
                        overview.run().videosSeen(),
                        overview.run().nextRunAt(),
                        overview.run().lastError());
        return new Overview(
                overview.profile(),
                overview.latest(),
                overview.previous(),
                overview.videosStored(),
                overview.bestTime(),
                snapshot);
    }

    @Operation(summary = "The creator's videos with their latest counts and growth since the previous snapshot")
    @GetMapping("/videos")
    Videos videos(
            @AuthenticationPrincipal SignedInUser user,
            @Parameter(description = SORT_DOC) @RequestParam(required = false) @Nullable String sort,
            @Parameter(description = "desc (default) or asc") @RequestParam(required = false) @Nullable String order,
            @Parameter(description = "first UTC day of posting, e.g. 2026-11-01")
                    @RequestParam(required = false)
                    @Nullable
                    String from,
            @Parameter(description = "last UTC day of posting") @RequestParam(required = false) @Nullable String to,
            @RequestParam(defaultValue = "0") long offset,
            @RequestParam(defaultValue = "50") int limit) {
        VideoFilter filter = InsightParams.filter(sort, order, from, to, offset, limit);
        VideoPage page = insights.videos(user.id(), filter);
        return new Videos(
                page.videos(),
                page.total(),
                filter.sort().code(),
                filter.descending() ? "desc" : "asc",
                filter.offset(),
                filter.limit());
    }

    @Operation(summary = "Every video as CSV", description = "The same filters and order as /api/insights/videos.")
    @GetMapping(path = "/videos.csv", produces = "text/csv")
    ResponseEntity<String> videosCsv(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String order,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to) {
        VideoFilter filter = InsightParams.filter(sort, order, from, to, 0, VideoFilter.MAX_LIMIT);
        StringBuilder csv = new StringBuilder(Csv.line(List.of(
                "video_id",
                "posted_utc",
                "title",
                "duration_s",
                "snapshot_day",
                "views",
                "likes",
                "comments",
                "shares",
                "engagement_rate",
                "previous_day",
                "views_growth",
                "likes_growth",
                "comments_growth",
                "shares_growth")));
        insights.eachVideo(
                user.id(),
                filter,
                line -> csv.append(Csv.line(List.of(
                        line.videoId(),
                        line.createdAt(),
                        line.title(),
                        line.durationSeconds(),
                        line.latestDay(),
                        line.views(),
                        line.likes(),
                        line.comments(),
                        line.shares(),
                        String.format(java.util.Locale.ROOT, "%.4f", line.engagementRate()),
                        blank(line.previousDay()),
                        blank(line.viewsGrowth()),
                        blank(line.likesGrowth()),
                        blank(line.commentsGrowth()),
                        blank(line.sharesGrowth())))));
        return csv("videos", csv);
    }

    @Operation(summary = "The profile per UTC day as CSV")
    @GetMapping(path = "/profile.csv", produces = "text/csv")
    ResponseEntity<String> profileCsv(@AuthenticationPrincipal SignedInUser user) {
        List<List<?>> rows = new ArrayList<>();
        rows.add(List.of("day", "followers", "following", "likes", "videos", "total_views"));
        for (ProfilePoint point : insights.profile(user.id())) {
            rows.add(List.of(
                    point.day(),
                    point.followers(),
                    point.following(),
                    point.likes(),
                    point.videos(),
                    point.totalViews()));
        }
        return csv("profile", new StringBuilder(Csv.of(rows)));
    }

    @Operation(
            summary =
                    "Best time to post as CSV: videos and median views 7 days after posting by UTC hour, then weekday")
    @GetMapping(path = "/best-time.csv", produces = "text/csv")
    ResponseEntity<String> bestTimeCsv(@AuthenticationPrincipal SignedInUser user) {
        BestTimeToPost best = insights.bestTime(user.id());
        List<List<?>> rows = new ArrayList<>();
        rows.add(List.of("group", "slot_utc", "videos", "median_views_after_" + best.reachDays() + "_days"));
        for (PostingSlot slot : best.byHour()) {
            rows.add(List.of("hour", slot.label(), slot.videos(), slot.medianViews()));
        }
        for (PostingSlot slot : best.byWeekday()) {
            rows.add(List.of("weekday", slot.label(), slot.videos(), slot.medianViews()));
        }
        return csv("best-time", new StringBuilder(Csv.of(rows)));
    }

    @Operation(summary = "One video's counts per UTC day")
    @GetMapping("/videos/{videoId}")
    VideoHistory video(@AuthenticationPrincipal SignedInUser user, @PathVariable String videoId) {
        return insights.video(user.id(), videoId)
                .orElseThrow(() -> InsightParams.notFound("You have no video with statistics under this id."));
    }

    @Operation(summary = "One video's counts per UTC day as CSV")
    @GetMapping(path = "/videos/{videoId}.csv", produces = "text/csv")
    ResponseEntity<String> videoCsv(@AuthenticationPrincipal SignedInUser user, @PathVariable String videoId) {
        VideoHistory history = video(user, videoId);
        List<List<?>> rows = new ArrayList<>();
        rows.add(List.of("day", "views", "likes", "comments", "shares"));
        for (VideoDay day : history.days()) {
            rows.add(List.of(day.day(), day.views(), day.likes(), day.comments(), day.shares()));
        }
        return csv("video-" + videoId.replaceAll("[^A-Za-z0-9_-]", ""), new StringBuilder(Csv.of(rows)));
    }

    @Operation(
            summary = "Refresh now",
            description = "Starts a snapshot in the background: 202 with status started or already_running; 429 when"
                    + " the last refresh was too recent (Retry-After says when the next is allowed).")
    @PostMapping("/refresh")
    ResponseEntity<Refresh> refresh(@AuthenticationPrincipal SignedInUser user) {
        return switch (refresh.request(user.id())) {
            case ManualRefresh.Answer.Started started ->
                ResponseEntity.status(HttpStatus.ACCEPTED).body(new Refresh("started", null));
            case ManualRefresh.Answer.AlreadyRunning running ->
                ResponseEntity.status(HttpStatus.ACCEPTED).body(new Refresh("already_running", null));
            case ManualRefresh.Answer.TooSoon tooSoon -> throw tooSoon(tooSoon);
        };
    }

    private static ErrorResponseException tooSoon(ManualRefresh.Answer.TooSoon tooSoon) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.TOO_MANY_REQUESTS,
                "The last refresh was too recent; the next is allowed at " + tooSoon.nextAllowed() + ".");
        problem.setTitle("Too many refreshes");
        problem.setProperty("nextAllowed", tooSoon.nextAllowed().toString());
        ErrorResponseException refused = new ErrorResponseException(HttpStatus.TOO_MANY_REQUESTS, problem, null);
        refused.getHeaders()
                .set(
                        HttpHeaders.RETRY_AFTER,
                        Long.toString(Math.max(1, tooSoon.retryAfter().toSeconds())));
        return refused;
    }

    private static Object blank(@Nullable Object value) {
        return value == null ? "" : value;
    }

    private static ResponseEntity<String> csv(String name, StringBuilder csv) {
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("tiktok-" + name + ".csv")
                                .build()
                                .toString())
                .body(csv.toString());
    }
}
