package io.battlesim.tiktok.emulator.display;

import io.battlesim.tiktok.emulator.http.Exchange;
import io.battlesim.tiktok.emulator.videos.Video;
import io.battlesim.tiktok.emulator.videos.VideoCatalogue;
import io.battlesim.tiktok.emulator.videos.VideoCounts;
import io.battlesim.tiktok.emulator.videos.VideoUrls;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes Video Objects with only the requested fields, counts at the request's instant. */
final class VideoObjects {

    private final VideoCatalogue catalogue;
    private final List<VideoField> fields;
    private final VideoCaller caller;
    private final Exchange exchange;

    VideoObjects(VideoCatalogue catalogue, List<VideoField> fields, VideoCaller caller, Exchange exchange) {
        this.catalogue = catalogue;
        this.fields = fields;
        this.caller = caller;
        this.exchange = exchange;
    }

    List<Map<String, Object>> write(List<Video> videos) {
        return videos.stream().map(this::write).toList();
    }

    private Map<String, Object> write(Video video) {
        boolean countsAsked = fields.stream().anyMatch(VideoField::isCount);
        VideoCounts counts = countsAsked ? catalogue.countsAt(video, exchange.now()) : VideoCounts.ZERO;
        Map<String, Object> json = new LinkedHashMap<>();
        fields.forEach(field -> json.put(field.wireName(), value(field, video, counts)));
        return json;
    }

    private Object value(VideoField field, Video video, VideoCounts counts) {
        VideoUrls urls = catalogue.urls();
        String base = exchange.baseUrl();
        String username = caller.account().username();
        String clientKey = caller.token().clientKey();
        return switch (field) {
            case ID -> video.id();
            case CREATE_TIME -> video.createTime().getEpochSecond();
            case COVER_IMAGE_URL -> urls.coverUrl(base, video.id(), exchange.now());
            case SHARE_URL -> urls.shareUrl(base, username, video.id(), clientKey);
            case VIDEO_DESCRIPTION -> video.description();
            case DURATION -> video.duration();
            case HEIGHT -> video.height();
            case WIDTH -> video.width();
            case TITLE -> video.title();
            case EMBED_HTML -> urls.embedHtml(base, username, video);
            case EMBED_LINK -> urls.embedLink(base, video.id(), clientKey);
            case LIKE_COUNT -> counts.likeCount();
            case COMMENT_COUNT -> counts.commentCount();
            case SHARE_COUNT -> counts.shareCount();
            case VIEW_COUNT -> counts.viewCount();
        };
    }
}
