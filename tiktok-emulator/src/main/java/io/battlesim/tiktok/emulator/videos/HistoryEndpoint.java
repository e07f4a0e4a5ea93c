package io.battlesim.tiktok.emulator.videos;

import io.battlesim.tiktok.emulator.EmulatorResponse;
import io.battlesim.tiktok.emulator.http.ApiEnvelope;
import io.battlesim.tiktok.emulator.http.Endpoint;
import io.battlesim.tiktok.emulator.http.Exchange;
import io.battlesim.tiktok.emulator.http.FormData;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /display/history?open_id=…&days=N&until=YYYY-MM-DD&videos=changed|all|none}, the emulator's own
 * (not TikTok's): a sandbox creator's {@code user.info.stats} and listed videos' counts at the end of each UTC day,
 * oldest day first, so an app can backfill the history it would have polled. {@code open_id} also takes a username;
 * {@code days} is 1 to 400 (default 30); {@code until} defaults to yesterday and may be today at the latest (then
 * counted up to now); {@code videos=changed} (the default) lists on each day only the videos whose counts changed
 * since the day before (all of them on the first day), {@code all} every video (at most 31 days), {@code none}
 * none.
 */
final class HistoryEndpoint implements Endpoint {

    static final String PATH = "/display/history";
    static final int MAX_DAYS = 400;
    static final int MAX_DAYS_WITH_ALL_VIDEOS = 31;
    private static final int DEFAULT_DAYS = 30;

    private enum Mode {
        CHANGED,
        ALL,
        NONE
    }

    private final VideoCatalogue catalogue;

    HistoryEndpoint(VideoCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public EmulatorResponse handle(Exchange exchange) {
        FormData query = exchange.query();
        Optional<String> who = query.nonBlank("open_id").or(() -> query.nonBlank("username"));
        if (who.isEmpty()) {
            return badRequest("open_id is required (an open_id or a sandbox username).", exchange);
        }
        Optional<CreatorVideos> creator = catalogue.findCreator(who.get());
        if (creator.isEmpty()) {
            return ApiEnvelope.error(404, "user_not_found", "No sandbox creator " + who.get() + ".", exchange.logId());
        }
        try {
            LocalDate today = LocalDate.ofInstant(exchange.now(), ZoneOffset.UTC);
            int days = days(query);
            LocalDate until = until(query, today);
            Mode mode = mode(query, days);
            return ApiEnvelope.ok(
                    history(creator.get(), until.minusDays(days - 1L), until, mode, exchange), exchange.logId());
        } catch (IllegalArgumentException e) {
            return badRequest(e.getMessage(), exchange);
        }
    }

    private static Map<String, Object> history(
            CreatorVideos creator, LocalDate first, LocalDate last, Mode mode, Exchange exchange) {
        List<Map<String, Object>> days = new ArrayList<>();
        Map<String, VideoCounts> previous = new HashMap<>();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            Instant dayEnd =
                    date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1);
            Instant asOf = dayEnd.isAfter(exchange.now()) ? exchange.now() : dayEnd;
            days.add(day(date, asOf, creator.snapshot(asOf), mode, previous));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("open_id", creator.creator().openId());
        data.put("username", creator.creator().username());
        data.put("videos_mode", mode.name().toLowerCase(Locale.ROOT));
        data.put("days", days);
        return data;
    }

    private static Map<String, Object> day(
            LocalDate date,
            Instant asOf,
            CreatorVideos.Snapshot snapshot,
            Mode mode,
            Map<String, VideoCounts> previous) {
        List<Map<String, Object>> videos = new ArrayList<>();
        for (int i = 0; i < snapshot.videos().size(); i++) {
            Video video = snapshot.videos().get(i).video();
            VideoCounts counts = snapshot.counts().get(i);
            boolean changed = !counts.equals(previous.put(video.id(), counts));
            if (video.listed() && (mode == Mode.ALL || (mode == Mode.CHANGED && changed))) {
                videos.add(video(video, counts));
            }
        }
        ProfileCounts profile = snapshot.profile();
        Map<String, Object> profileJson = new LinkedHashMap<>();
        profileJson.put("follower_count", profile.followerCount());
        profileJson.put("following_count", profile.followingCount());
        profileJson.put("likes_count", profile.likesCount());
        profileJson.put("video_count", profile.videoCount());
        Map<String, Object> day = new LinkedHashMap<>();
        day.put("date", date.toString());
        day.put("as_of", asOf.toString());
        day.put("profile", profileJson);
        day.put("total_view_count", profile.viewCount());
        if (mode != Mode.NONE) {
            day.put("videos", videos);
        }
        return day;
    }

    private static Map<String, Object> video(Video video, VideoCounts counts) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", video.id());
        json.put("create_time", video.createTime().getEpochSecond());
        json.put("view_count", counts.viewCount());
        json.put("like_count", counts.likeCount());
        json.put("comment_count", counts.commentCount());
        json.put("share_count", counts.shareCount());
        return json;
    }

    private static int days(FormData query) {
        String text = query.nonBlank("days").orElse(Integer.toString(DEFAULT_DAYS));
        try {
            int days = Integer.parseInt(text.strip());
            if (days >= 1 && days <= MAX_DAYS) {
                return days;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new IllegalArgumentException("days must be a whole number from 1 to " + MAX_DAYS + ".");
    }

    private static LocalDate until(FormData query, LocalDate today) {
        Optional<String> text = query.nonBlank("until");
        if (text.isEmpty()) {
            return today.minusDays(1);
        }
        try {
            LocalDate until = LocalDate.parse(text.get().strip());
            if (until.isAfter(today)) {
                throw new IllegalArgumentException("until must not be after today (" + today + ", UTC).");
            }
            return until;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("until must be a date like 2026-01-31.");
        }
    }

    private static Mode mode(FormData query, int days) {
        String text = query.nonBlank("videos").orElse("changed").strip();
        Mode mode = switch (text) {
            case "changed" -> Mode.CHANGED;
            case "all" -> Mode.ALL;
            case "none" -> Mode.NONE;
            default -> throw new IllegalArgumentException("videos must be changed, all or none.");
        };
        if (mode == Mode.ALL && days > MAX_DAYS_WITH_ALL_VIDEOS) {
            throw new IllegalArgumentException(
                    "videos=all covers at most " + MAX_DAYS_WITH_ALL_VIDEOS + " days; use videos=changed.");
        }
        return mode;
    }

    private static EmulatorResponse badRequest(String message, Exchange exchange) {
        return ApiEnvelope.error(400, "invalid_params", message, exchange.logId());
    }
}
