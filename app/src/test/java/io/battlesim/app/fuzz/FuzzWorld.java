package io.battlesim.app.fuzz;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the fuzzer aims at besides garbage: the real ids, keys and tokens the setup made through the app's own pages
 * and API, so that mutated requests reach the code behind the checks for "unknown battle" and "wrong key".
 *
 * @param browsers one client per session
 * @param openApi the app's OpenAPI document (JSON)
 * @param battleKeys ingest keys of running battles the API requests may start, end and boost
 * @param ingestBattle the running battle the ingest requests feed (its key is in {@code battleKeys})
 * @param endedBattle the member's finished battle, shared as a photo post
 * @param overlayToken the overlay token of a running battle
 * @param jobId the member's publish job
 * @param publishId TikTok's publish id of that job, once known
 * @param webhookSecret the client secret webhooks are signed with
 * @param openIds the open ids of the signed-in creators
 */
record FuzzWorld(
        Map<Session, Browser> browsers,
        String openApi,
        Map<String, String> battleKeys,
        String ingestBattle,
        String endedBattle,
        String overlayToken,
        String jobId,
        @Nullable String publishId,
        String webhookSecret,
        List<String> openIds) {

    Browser browser(Session session) {
        return browsers.get(session);
    }

    /** The running battles requests may end, start and boost: all but the one the ingest requests feed. */
    List<String> battleIds() {
        return battleKeys.keySet().stream()
                .filter(id -> !id.equals(ingestBattle))
                .toList();
    }

    String ingestKey() {
        return battleKeys.get(ingestBattle);
    }
}
