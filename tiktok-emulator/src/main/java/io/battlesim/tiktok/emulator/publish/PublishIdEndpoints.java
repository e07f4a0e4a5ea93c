package io.battlesim.tiktok.emulator.publish;

import io.battlesim.tiktok.emulator.EmulatorResponse;
import io.battlesim.tiktok.emulator.http.ApiEnvelope;
import io.battlesim.tiktok.emulator.http.Exchange;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /v2/post/publish/status/fetch/} and {@code POST /v2/post/publish/cancel/}: both take {@code
 * {"publish_id": …}} and answer 400 {@code invalid_publish_id} or {@code
 * token_not_authorized_for_specified_publish_id} for someone else's task.
 */
final class PublishIdEndpoints {

    static final String STATUS_PATH = "/v2/post/publish/status/fetch/";
    static final String CANCEL_PATH = "/v2/post/publish/cancel/";

    private final PublishAuth auth;
    private final PublishTasks tasks;
    private final PublishFlow flow;

    PublishIdEndpoints(PublishAuth auth, PublishTasks tasks, PublishFlow flow) {
        this.auth = auth;
        this.tasks = tasks;
        this.flow = flow;
    }

    PublishEndpoint status() {
        return new PublishEndpoint() {
            @Override
            EmulatorResponse answer(Exchange exchange) {
                PublishTask task = ownedTask(exchange, STATUS_PATH);
                flow.advance(); // a fetch right after the clock moved sees the new state
                return ApiEnvelope.ok(statusData(task.snapshot()), exchange.logId());
            }
        };
    }

    PublishEndpoint cancel() {
        return new PublishEndpoint() {
            @Override
            EmulatorResponse answer(Exchange exchange) {
                PublishTask task = ownedTask(exchange, CANCEL_PATH);
                flow.advance();
                flow.emit(task, List.of(task.cancel()));
                return ApiEnvelope.ok(Map.of(), exchange.logId());
            }
        };
    }

    private PublishTask ownedTask(Exchange exchange, String path) {
        Caller caller = auth.authenticate(exchange, path);
        caller.requireAnyScope("video.upload", "video.publish");
        JsonNode body = JsonBody.read(exchange);
        String publishId = JsonBody.text(body, "publish_id");
        PublishTask task = publishId == null ? null : tasks.find(publishId).orElse(null);
        if (task == null) {
            throw new PublishError(400, "invalid_publish_id", "The publish_id is unknown.");
        }
        if (!task.origin().clientKey().equals(caller.app().clientKey())
                || !task.origin().openId().equals(caller.account().openId())) {
            throw new PublishError(
                    400,
                    "token_not_authorized_for_specified_publish_id",
                    "The access token does not belong to the user and app of this publish_id.");
        }
        return task;
    }

    private static Map<String, Object> statusData(PublishSnapshot snapshot) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("status", snapshot.status().name());
        if (snapshot.failReason() != null) {
            data.put("fail_reason", snapshot.failReason());
        }
        // Misspelled in TikTok's API; kept as documented.
        data.put("publicaly_available_post_id", snapshot.postIds());
        if (snapshot.fileUpload()) {
            data.put("uploaded_bytes", snapshot.uploadedBytes());
        } else {
            data.put("downloaded_bytes", snapshot.downloadedBytes());
        }
        return data;
    }
}
