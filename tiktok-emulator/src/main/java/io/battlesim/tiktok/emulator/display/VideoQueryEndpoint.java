package io.battlesim.tiktok.emulator.display;

import io.battlesim.tiktok.emulator.EmulatorResponse;
import io.battlesim.tiktok.emulator.accounts.SandboxAccounts;
import io.battlesim.tiktok.emulator.http.ApiEnvelope;
import io.battlesim.tiktok.emulator.http.Exchange;
import io.battlesim.tiktok.emulator.oauth.IssuedTokens;
import io.battlesim.tiktok.emulator.ratelimit.RateLimits;
import io.battlesim.tiktok.emulator.videos.Video;
import io.battlesim.tiktok.emulator.videos.VideoCatalogue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /v2/video/query/?fields=…} with {@code {"filters": {"video_ids": [...]}}} (1 to 20 string ids): the
 * authorised user's videos among them, in request order; other creators' and unknown ids are left out silently.
 * The answer is {@code data: {videos}} only, as the documented example shows; each call signs fresh {@code
 * cover_image_url}s, which is how TikTok refreshes their 6-hour TTL.
 */
final class VideoQueryEndpoint extends VideoEndpoint {

    static final String PATH = "/v2/video/query/";
    static final int MAX_IDS = 20;

    private final VideoCatalogue catalogue;

    VideoQueryEndpoint(IssuedTokens tokens, SandboxAccounts accounts, VideoCatalogue catalogue, RateLimits rateLimits) {
        super(PATH, tokens, accounts, rateLimits);
        this.catalogue = catalogue;
    }

    @Override
    EmulatorResponse answer(Exchange exchange, VideoCaller caller, List<VideoField> fields, JsonNode body) {
        List<Video> videos = new ArrayList<>();
        for (String id : videoIds(body)) {
            Optional<Video> video = catalogue.video(caller.account().openId(), id, exchange.now());
            video.ifPresent(videos::add);
        }
        return ApiEnvelope.ok(
                Map.of("videos", new VideoObjects(catalogue, fields, caller, exchange).write(videos)),
                exchange.logId());
    }

    private static Set<String> videoIds(JsonNode body) {
        JsonNode filters = body.get("filters");
        JsonNode ids = filters == null || !filters.isObject() ? null : filters.get("video_ids");
        if (ids == null || !ids.isArray() || ids.isEmpty()) {
            throw DisplayError.invalidParams("filters.video_ids is required: a list of 1 to " + MAX_IDS + " ids.");
        }
        if (ids.size() > MAX_IDS) {
            throw DisplayError.invalidParams(
                    "filters.video_ids can list at most " + MAX_IDS + " ids, got " + ids.size() + ".");
        }
        Set<String> unique = new LinkedHashSet<>();
        for (JsonNode id : ids) {
            if (!id.isString()) {
                throw DisplayError.invalidParams("filters.video_ids must hold strings: ids have about 19 digits.");
            }
            unique.add(id.asString());
        }
        return unique;
    }
}
