package io.battlesim.tiktok.emulator.publish;

import io.battlesim.tiktok.emulator.EmulatorResponse;
import io.battlesim.tiktok.emulator.http.ApiEnvelope;
import io.battlesim.tiktok.emulator.http.Exchange;
import io.battlesim.tiktok.emulator.http.FormData;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /v2/post/publish/video/init/} (Direct Post, scope {@code video.publish}) and {@code POST
 * /v2/post/publish/inbox/video/init/} (upload to inbox, scope {@code video.upload}). Checks in order: token, rate
 * limit, scope, body, ban, privacy and audit (direct), quotas, URL ownership.
 */
final class VideoInitEndpoint extends PublishEndpoint {

    static final String DIRECT_PATH = "/v2/post/publish/video/init/";
    static final String INBOX_PATH = "/v2/post/publish/inbox/video/init/";

    private final boolean direct;
    private final PublishAuth auth;
    private final PostRules rules;
    private final Quotas quotas;
    private final PublishFlow flow;
    private final Supplier<MegabyteReading> megabyte;

    VideoInitEndpoint(
            boolean direct,
            PublishAuth auth,
            PostRules rules,
            Quotas quotas,
            PublishFlow flow,
            Supplier<MegabyteReading> megabyte) {
        this.direct = direct;
        this.auth = auth;
        this.rules = rules;
        this.quotas = quotas;
        this.flow = flow;
        this.megabyte = megabyte;
    }

    @Override
    EmulatorResponse answer(Exchange exchange) {
        Caller caller = auth.authenticate(exchange, direct ? DIRECT_PATH : INBOX_PATH);
        caller.requireAnyScope(direct ? "video.publish" : "video.upload");
        JsonNode body = JsonBody.read(exchange);
        PostSettings post = direct ? PostSettings.video(JsonBody.object(body, "post_info")) : PostSettings.NONE;
        MediaSource media = MediaSource.video(JsonBody.object(body, "source_info"), megabyte.get());
        String openId = caller.account().openId();
        quotas.checkBanned(openId);
        if (direct) {
            post = rules.checkDirectPost(caller, post);
            quotas.checkDirectPost(caller.app(), openId, exchange.now());
        } else {
            quotas.checkPendingShares(caller.app(), openId, exchange.now());
        }
        PublishTask task = flow.create(
                caller, direct ? PublishKind.DIRECT_VIDEO : PublishKind.INBOX_VIDEO, post, media, quotas.limits());
        return ApiEnvelope.ok(ticket(task, exchange.baseUrl()), exchange.logId());
    }

    static Map<String, Object> ticket(PublishTask task, String baseUrl) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("publish_id", task.publishId());
        task.upload().ifPresent(upload -> data.put("upload_url", uploadUrl(baseUrl, upload)));
        return data;
    }

    private static String uploadUrl(String baseUrl, UploadTicket upload) {
        return baseUrl + UploadEndpoint.PATH + "?upload_id=" + FormData.encode(upload.uploadId()) + "&upload_token="
                + FormData.encode(upload.uploadToken());
    }
}
