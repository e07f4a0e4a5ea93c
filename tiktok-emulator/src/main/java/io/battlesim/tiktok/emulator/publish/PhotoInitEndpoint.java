package io.battlesim.tiktok.emulator.publish;

import io.battlesim.tiktok.emulator.EmulatorResponse;
import io.battlesim.tiktok.emulator.http.ApiEnvelope;
import io.battlesim.tiktok.emulator.http.Exchange;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /v2/post/publish/content/init/} with {@code media_type} PHOTO: {@code DIRECT_POST} (scope {@code
 * video.publish}) or {@code MEDIA_UPLOAD} to the inbox (scope {@code video.upload}), 1 to 35 photos pulled from
 * verified URLs.
 */
final class PhotoInitEndpoint extends PublishEndpoint {

    static final String PATH = "/v2/post/publish/content/init/";

    private final PublishAuth auth;
    private final PostRules rules;
    private final Quotas quotas;
    private final PublishFlow flow;

    PhotoInitEndpoint(PublishAuth auth, PostRules rules, Quotas quotas, PublishFlow flow) {
        this.auth = auth;
        this.rules = rules;
        this.quotas = quotas;
        this.flow = flow;
    }

    @Override
    EmulatorResponse answer(Exchange exchange) {
        Caller caller = auth.authenticate(exchange, PATH);
        JsonNode body = JsonBody.read(exchange);
        if (!"PHOTO".equals(JsonBody.text(body, "media_type"))) {
            throw PublishError.invalidParam("media_type must be PHOTO.");
        }
        String mode = JsonBody.requiredText(body, "post_mode");
        if (!mode.equals("DIRECT_POST") && !mode.equals("MEDIA_UPLOAD")) {
            throw PublishError.invalidParam("post_mode must be DIRECT_POST or MEDIA_UPLOAD.");
        }
        boolean direct = mode.equals("DIRECT_POST");
        caller.requireAnyScope(direct ? "video.publish" : "video.upload");
        PostSettings post = PostSettings.photo(JsonBody.object(body, "post_info"));
        MediaSource media = MediaSource.photos(JsonBody.object(body, "source_info"));
        String openId = caller.account().openId();
        quotas.checkBanned(openId);
        if (direct) {
            post = rules.checkDirectPost(caller, post);
            quotas.checkDirectPost(caller.app(), openId, exchange.now());
        } else {
            quotas.checkPendingShares(caller.app(), openId, exchange.now());
        }
        PublishTask task = flow.create(
                caller, direct ? PublishKind.DIRECT_PHOTO : PublishKind.UPLOAD_PHOTO, post, media, quotas.limits());
        return ApiEnvelope.ok(VideoInitEndpoint.ticket(task, exchange.baseUrl()), exchange.logId());
    }
}
