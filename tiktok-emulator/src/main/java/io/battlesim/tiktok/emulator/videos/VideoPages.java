package io.battlesim.tiktok.emulator.videos;

import static io.battlesim.tiktok.emulator.http.Html.escape;

import io.battlesim.tiktok.emulator.EmulatorResponse;
import io.battlesim.tiktok.emulator.http.ApiEnvelope;
import io.battlesim.tiktok.emulator.http.Exchange;
import io.battlesim.tiktok.emulator.http.HtmlPage;
import io.battlesim.tiktok.emulator.http.Responses;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Video Object links to: {@code GET /covers/{id}.svg?x-expires=…&x-signature=…} (403 once expired or
 * tampered with), the share page {@code GET /@{username}/video/{id}} and the frameable embed player {@code GET
 * /player/v1/{id}}, both showing the video's counts now.
 */
final class VideoPages {

    private static final Pattern COVER = Pattern.compile("/covers/([0-9]{1,20})\\.svg");
    private static final Pattern SHARE = Pattern.compile("/@([A-Za-z0-9._]{1,64})/video/([0-9]{1,20})");
    private static final Pattern PLAYER = Pattern.compile("/player/v1/([0-9]{1,20})");
    private static final DateTimeFormatter POSTED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final String PLAYER_CSP =
            "default-src 'none'; style-src 'unsafe-inline'; img-src * data:; base-uri 'none'";

    private record Found(CreatorVideos creator, Entry entry) {}

    private final VideoCatalogue catalogue;

    VideoPages(VideoCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    EmulatorResponse cover(Exchange exchange) {
        Matcher path = COVER.matcher(exchange.request().path());
        Optional<Found> found = path.matches() ? anyTime(path.group(1)) : Optional.empty();
        if (found.isEmpty()) {
            return ApiEnvelope.error(404, "not_found", "No video has this cover.", exchange.logId());
        }
        long expires =
                exchange.query().first("x-expires").map(VideoPages::parseLong).orElse(0L);
        String signature = exchange.query().first("x-signature").orElse("");
        if (!catalogue.urls().coverValid(path.group(1), expires, signature, exchange.now())) {
            return ApiEnvelope.error(
                    403,
                    "access_denied",
                    "The cover link expired (TikTok's 6 hours) or was altered; /v2/video/query/ gives a fresh one.",
                    exchange.logId());
        }
        Video video = found.get().entry().video();
        return Responses.svg(
                CoverSvg.render(video, found.get().creator().creator().username()));
    }

    EmulatorResponse sharePage(Exchange exchange) {
        Matcher path = SHARE.matcher(exchange.request().path());
        Optional<Found> found = path.matches()
                ? visible(path.group(2), exchange)
                        .filter(hit -> hit.creator().creator().username().equals(path.group(1)))
                : Optional.empty();
        if (found.isEmpty()) {
            return HtmlPage.message(404, "Video currently unavailable", "This video is not public.", exchange.logId());
        }
        String body = "<section class=\"card\">" + details(found.get(), exchange) + "</section>";
        return Responses.html(200, HtmlPage.document(found.get().entry().video().title(), body, false));
    }

    EmulatorResponse player(Exchange exchange) {
        Matcher path = PLAYER.matcher(exchange.request().path());
        Optional<Found> found = path.matches() ? visible(path.group(1), exchange) : Optional.empty();
        String html = found.map(hit -> "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                        + escape(hit.entry().video().title()) + "</title><style>body{margin:0;font:14px sans-serif;"
                        + "background:#000;color:#fff}img{width:100%;display:block}p{margin:8px}</style></head><body>"
                        + details(hit, exchange) + "</body></html>\n")
                .orElse("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Video unavailable"
                        + "</title></head><body><p>This video is not public.</p></body></html>\n");
        return new EmulatorResponse(
                found.isPresent() ? 200 : 404,
                Map.of(
                        "content-type", "text/html; charset=utf-8",
                        "cache-control", "no-store",
                        "x-content-type-options", "nosniff",
                        "content-security-policy", PLAYER_CSP),
                html.getBytes(StandardCharsets.UTF_8),
                false);
    }

    private String details(Found found, Exchange exchange) {
        Video video = found.entry().video();
        String username = found.creator().creator().username();
        VideoCounts counts = found.entry().countsAt(exchange.now());
        return "<img alt=\"\" style=\"max-width:100%;border-radius:12px\" src=\""
                + escape(catalogue.urls().coverUrl(exchange.baseUrl(), video.id(), exchange.now())) + "\">"
                + "<h1>" + escape(video.title()) + "</h1><p>" + escape(video.description()) + "</p>"
                + "<p class=\"muted small\">@" + escape(username) + " &middot; "
                + POSTED.format(video.createTime()) + " &middot; " + video.duration() + " s</p>"
                + "<p>" + counts.viewCount() + " views &middot; " + counts.likeCount() + " likes &middot; "
                + counts.commentCount() + " comments &middot; " + counts.shareCount() + " shares</p>";
    }

    private Optional<Found> visible(String videoId, Exchange exchange) {
        for (CreatorVideos creator : catalogue.creators()) {
            Optional<Entry> entry = creator.find(videoId, exchange.now());
            if (entry.isPresent()) {
                return Optional.of(new Found(creator, entry.get()));
            }
        }
        return Optional.empty();
    }

    private Optional<Found> anyTime(String videoId) {
        for (CreatorVideos creator : catalogue.creators()) {
            Optional<Entry> entry = creator.anyTime(videoId);
            if (entry.isPresent()) {
                return Optional.of(new Found(creator, entry.get()));
            }
        }
        return Optional.empty();
    }

    private static long parseLong(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
