package io.battlesim.tiktok.emulator.display;

import io.battlesim.tiktok.emulator.EmulatorResponse;
import io.battlesim.tiktok.emulator.accounts.SandboxAccounts;
import io.battlesim.tiktok.emulator.http.ApiEnvelope;
import io.battlesim.tiktok.emulator.http.Exchange;
import io.battlesim.tiktok.emulator.oauth.IssuedTokens;
import io.battlesim.tiktok.emulator.ratelimit.RateLimits;
import io.battlesim.tiktok.emulator.videos.VideoCatalogue;
import io.battlesim.tiktok.emulator.videos.VideoPage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /v2/video/list/?fields=…} with {@code {"cursor": ms, "max_count": n}}: the user's public videos
 * newest first, posted strictly before {@code cursor} (a UTC timestamp in milliseconds, default now), at most
 * {@code max_count} (1 to 20, default 10) a page, with the next {@code cursor} and {@code has_more}. Like TikTok, a
 * page can hold fewer videos than asked while {@code has_more} is true.
 */
final class VideoListEndpoint extends VideoEndpoint {

    static final String PATH = "/v2/video/list/";
    static final int DEFAULT_MAX_COUNT = 10;
    static final int MAX_COUNT = 20;

    private final VideoCatalogue catalogue;

    VideoListEndpoint(IssuedTokens tokens, SandboxAccounts accounts, VideoCatalogue catalogue, RateLimits rateLimits) {
        super(PATH, tokens, accounts, rateLimits);
        this.catalogue = catalogue;
    }

    @Override
    EmulatorResponse answer(Exchange exchange, VideoCaller caller, List<VideoField> fields, JsonNode body) {
        long maxCount = integer(body, "max_count", DEFAULT_MAX_COUNT);
        if (maxCount < 1 || maxCount > MAX_COUNT) {
            throw DisplayError.invalidParams("max_count must be from 1 to " + MAX_COUNT + ", got " + maxCount + ".");
        }
        // Without a cursor the newest video counts too, even one posted in this very millisecond.
        long cursor = integer(body, "cursor", exchange.now().toEpochMilli() + 1);
        if (cursor < 0) {
            throw DisplayError.invalidParams("cursor must be a UTC timestamp in milliseconds, got " + cursor + ".");
        }
        VideoPage page = catalogue.page(caller.account().openId(), exchange.now(), cursor, (int) maxCount);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("videos", new VideoObjects(catalogue, fields, caller, exchange).write(page.videos()));
        data.put("cursor", page.cursor());
        data.put("has_more", page.hasMore());
        return ApiEnvelope.ok(data, exchange.logId());
    }

    private static long integer(JsonNode body, String name, long fallback) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw DisplayError.invalidParams(name + " must be an integer.");
        }
        return value.longValue();
    }
}
