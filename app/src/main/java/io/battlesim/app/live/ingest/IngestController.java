package io.battlesim.app.live.ingest;

import io.battlesim.app.battle.BattleManagement;
import io.battlesim.app.battle.BattleStatus;
import io.battlesim.app.battle.BattleView;
import io.battlesim.app.live.LiveSettings;
import io.battlesim.app.ratelimit.Limited;
import io.battlesim.app.ratelimit.RateLimits;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/battles/{id}/events}: a batch of events from an external connector, authenticated with the
 * battle's ingest key in {@code X-Ingest-Key}. Answers 200 with one result per event (accepted, ignored, duplicate,
 * late or rejected); problem+json 404 for an unknown battle, 401 for a wrong key, 409 when the battle is not LIVE,
 * 413 for more than the allowed events or bytes, 400 for malformed JSON or when no event is valid, 429 when the
 * battle's ingest rate limit is reached.
 */
@RestController
@Tag(
        name = "Ingest",
        description = "Feed a battle from a LIVE connector you run (TikTok-Live-Connector's event shape), by HTTP batch"
                + " or over the WebSocket /api/battles/{id}/events/ws?key=…; replay recorded battles")
class IngestController {

    static final String KEY_HEADER = "X-Ingest-Key";
    private static final String[] STATUSES = {"accepted", "ignored", "duplicate", "late", "rejected"};
    private static final String EXAMPLE = """
            [{"type":"gift","msgId":"7301234","createTime":"1763800000000","userId":"6812345","uniqueId":"rosa.fan",
              "nickname":"Rosa Fan","giftId":5655,"giftName":"Rose","giftType":1,"diamondCount":1,"repeatCount":5,
              "repeatEnd":true,"groupId":"1763800000001","roomId":"ava.sparks"},
             {"type":"like","msgId":"7301235","userId":"6812346","likeCount":15,"roomId":"ava.sparks"}]""";

    private static final String ANSWER_EXAMPLE = """
            {"battleId":"b1","received":4,"accepted":1,"ignored":1,"duplicate":1,"late":0,"rejected":1,
             "results":[{"index":0,"msgId":"7301234","status":"accepted","reason":null},
              {"index":1,"msgId":"7301230","status":"ignored",
               "reason":"the streak already ended and was counted; later taps of it are not"},
              {"index":2,"msgId":"7301234","status":"duplicate","reason":null},
              {"index":3,"msgId":"7301236","status":"rejected",
               "reason":"diamondCount must be at most 44,999 (the most expensive TikTok gift)"}]}""";

    private final BattleManagement battles;
    private final IngestService ingest;
    private final LiveSettings settings;
    private final RateLimits limits;

    IngestController(BattleManagement battles, IngestService ingest, LiveSettings settings, RateLimits limits) {
        this.battles = battles;
        this.ingest = ingest;
        this.settings = settings;
        this.limits = limits;
    }

    @PostMapping("/api/battles/{battleId}/events")
    @Operation(
            summary = "Send a batch of LIVE events",
            description = "A JSON array of events, {\"events\": [...]}, or one event; at most 1,000 events and 1 MiB."
                    + " Each event has a type (gift, like, chat, member, follow, share, roomUser, streamEnd) and"
                    + " TikTok-Live-Connector's field names: gifts need msgId, userId, giftId, repeatCount and"
                    + " diamondCount (giftType, repeatEnd, groupId, receiverUserId, uniqueId, nickname optional);"
                    + " likes need msgId, userId, likeCount; chat needs msgId, userId and comment (a vote command"
                    + " such as !vote A, !boost glove A or #A counts as the viewer's vote when the battle lets"
                    + " viewers vote in chat). roomId (the room id or the host's username) places the"
                    + " event when the battle has several rooms. Unknown fields are ignored. Events are stamped with"
                    + " the server's receive time; diamondCount may be at most 44,999 (the most expensive TikTok gift)"
                    + " and repeatCount at most 10,000. Each event is answered on its own, whatever became of the"
                    + " others: accepted (logged and applied; for chat: the vote counted), ignored (logged and its msgId taken, but the battle"
                    + " applied nothing for it, such as a stale streak tap or a tap after its streak ended, or a chat"
                    + " vote the audience rules refused; not logged: member, follow, share, roomUser, streamEnd and"
                    + " chat that is no vote command; the reason says which), duplicate (same msgId again), late (after the end) or rejected (not taken: the"
                    + " reason names the field, or asks to send it again). Every event is applied whole or not at"
                    + " all; a request may be partly accepted."
                    + " The same requests work as text messages over the WebSocket /api/battles/{id}/events/ws"
                    + " (key in ?key= or X-Ingest-Key; a wrong key closes it with 1008).",
            parameters =
                    @Parameter(
                            name = KEY_HEADER,
                            in = ParameterIn.HEADER,
                            required = true,
                            description = "The battle's ingest key"),
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                                            examples = @ExampleObject(value = EXAMPLE))),
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "How many events had each status, and one result per event: {index, msgId,"
                                + " status, reason}",
                        content =
                                @Content(
                                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                                        examples = @ExampleObject(value = ANSWER_EXAMPLE))),
                @ApiResponse(
                        responseCode = "400",
                        description =
                                "Malformed JSON, not a list of events, or no event valid (errors name the fields)",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
                @ApiResponse(
                        responseCode = "401",
                        description = "Missing or wrong ingest key",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
                @ApiResponse(
                        responseCode = "404",
                        description = "Unknown battle",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
                @ApiResponse(
                        responseCode = "409",
                        description = "The battle is not live",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
                @ApiResponse(
                        responseCode = "413",
                        description = "More than 1,000 events or 1 MiB",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
            })
    ResponseEntity<?> ingest(
            @PathVariable String battleId,
            @RequestHeader(name = KEY_HEADER, required = false) @Nullable String key,
            HttpServletRequest request)
            throws IOException {
        Optional<BattleView> battle = battles.find(battleId);
        if (battle.isEmpty()) {
            return Problems.of(request, HttpStatus.NOT_FOUND, "Unknown battle", "There is no battle " + battleId + ".");
        }
        if (key == null || key.isBlank() || !battles.ingestKeyMatches(battleId, key.strip())) {
            return Problems.of(
                    request,
                    HttpStatus.UNAUTHORIZED,
                    "Invalid ingest key",
                    "Send the battle's ingest key (shown on its page to its owner) in the " + KEY_HEADER + " header.");
        }
        // per battle, and only once the key is right: requests with wrong keys cannot spend the battle's budget
        limits.require(Limited.INGEST, battleId);
        if (battle.get().status() != BattleStatus.LIVE) {
            return notLive(request, battle.get());
        }
        long limit = settings.maxIngestBody().toBytes();
        Optional<byte[]> body = request.getContentLengthLong() > limit
                ? Optional.empty()
                : BoundedBody.read(request.getInputStream(), limit);
        if (body.isEmpty()) {
            return Problems.of(
                    request,
                    HttpStatus.CONTENT_TOO_LARGE,
                    "Request too large",
                    "The body may be at most " + limit + " bytes; split the events over several requests.");
        }
        return respond(request, battleId, ingest.ingest(battle.get(), body.get()));
    }

    static ResponseEntity<?> notLive(HttpServletRequest request, BattleView battle) {
        return Problems.of(
                request,
                HttpStatus.CONFLICT,
                "Battle not live",
                "The battle is " + battle.status().name().toLowerCase() + "; it takes events only while it is live.");
    }

    private static ResponseEntity<?> respond(HttpServletRequest request, String battleId, IngestOutcome outcome) {
        return switch (outcome) {
            case IngestOutcome.Problem problem ->
                Problems.of(
                        request,
                        HttpStatus.valueOf(problem.status()),
                        problem.title(),
                        problem.detail(),
                        problem.errors());
            case IngestOutcome.Answered answered ->
                ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body(battleId, answered));
        };
    }

    /** The JSON answer of a batch: counts by status (every status, 0 included) and one result per event. */
    static Map<String, Object> body(String battleId, IngestOutcome.Answered answered) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("battleId", battleId);
        body.put("received", answered.results().size());
        for (String status : STATUSES) {
            body.put(status, answered.count(status));
        }
        body.put("results", answered.results());
        return body;
    }
}
