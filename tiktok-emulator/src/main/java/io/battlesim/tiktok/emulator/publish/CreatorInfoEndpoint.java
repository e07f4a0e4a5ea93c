package io.battlesim.tiktok.emulator.publish;

import io.battlesim.tiktok.emulator.EmulatorResponse;
import io.battlesim.tiktok.emulator.accounts.SandboxAccounts;
import io.battlesim.tiktok.emulator.http.ApiEnvelope;
import io.battlesim.tiktok.emulator.http.Exchange;
import io.battlesim.tiktok.emulator.http.Responses;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /v2/post/publish/creator_info/query/} (scope {@code video.publish}). A creator at the daily cap,
 * banned, or over an unaudited app's active-user cap gets that code with HTTP 200, as TikTok does on purpose.
 */
final class CreatorInfoEndpoint extends PublishEndpoint {

    static final String PATH = "/v2/post/publish/creator_info/query/";

    private final PublishAuth auth;
    private final CreatorProfiles profiles;
    private final Quotas quotas;

    CreatorInfoEndpoint(PublishAuth auth, CreatorProfiles profiles, Quotas quotas) {
        this.auth = auth;
        this.profiles = profiles;
        this.quotas = quotas;
    }

    @Override
    EmulatorResponse answer(Exchange exchange) {
        Caller caller = auth.authenticate(exchange, PATH);
        caller.requireAnyScope("video.publish");
        Optional<String> block =
                quotas.creatorInfoBlock(caller.app(), caller.account().openId(), exchange.now());
        if (block.isPresent()) {
            return Responses.json(
                    200,
                    Map.of(
                            "data", Map.of(),
                            "error",
                                    Map.of(
                                            "code",
                                            block.get(),
                                            "message",
                                            blockMessage(block.get()),
                                            "log_id",
                                            exchange.logId())));
        }
        CreatorProfile profile = profiles.profile(caller.account());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("creator_avatar_url", SandboxAccounts.avatarUrl(exchange.baseUrl(), caller.account(), 168));
        data.put("creator_username", caller.account().username());
        data.put("creator_nickname", caller.account().displayName());
        data.put("privacy_level_options", profile.privacyLevelOptions());
        data.put("comment_disabled", profile.commentDisabled());
        data.put("duet_disabled", profile.duetDisabled());
        data.put("stitch_disabled", profile.stitchDisabled());
        data.put("max_video_post_duration_sec", profile.maxVideoPostDurationSec());
        return ApiEnvelope.ok(data, exchange.logId());
    }

    private static String blockMessage(String code) {
        return switch (code) {
            case Quotas.BANNED -> "This user is banned from posting.";
            case Quotas.ACTIVE_USER_CAP -> "This unaudited app reached its daily limit of users who can post.";
            default -> "The creator reached the daily limit of posts made through the API.";
        };
    }
}
