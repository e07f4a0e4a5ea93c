package io.battlesim.app.live.ingest;

import io.battlesim.app.battle.Admission;
import io.battlesim.app.battle.BattleAudience;
import io.battlesim.app.battle.BattleManagement;
import io.battlesim.app.battle.BattleView;
import io.battlesim.app.battle.VoteRefusals;
import io.battlesim.app.live.LiveSettings;
import io.battlesim.engine.event.BattleEvent;
import io.battlesim.engine.powerup.RejectReason;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes one ingest request for a battle: reads the JSON (an array of events, {@code {"events":[…]}} or one event
 * object), validates every event, submits the valid ones in one {@code submitAll} and answers each event on its
 * own: one event's refusal undoes none of the others. Nothing is submitted when the body as a whole is unusable
 * (malformed, too many events, every event invalid).
 */
@Service
public class IngestService {

    private static final Logger log = LoggerFactory.getLogger(IngestService.class);
    private static final long CONFIRM_TIMEOUT_SECONDS = 30;

    private final BattleManagement battles;
    private final BattleAudience audience;
    private final JsonMapper json;
    private final LiveSettings settings;
    private final Clock clock;

    IngestService(
            BattleManagement battles,
            BattleAudience audience,
            JsonMapper json,
            LiveSettings settings,
            ObjectProvider<Clock> clock) {
        this.battles = battles;
        this.audience = audience;
        this.json = json;
        this.settings = settings;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /** Answers one request body for a LIVE battle. */
    IngestOutcome ingest(BattleView battle, byte[] body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            return IngestOutcome.Problem.of(400, "Malformed JSON", "The body is not valid JSON" + where(e) + ".");
        }
        List<JsonNode> events = events(root);
        if (events == null) {
            return IngestOutcome.Problem.of(
                    400,
                    "Invalid request body",
                    "The body must be a JSON array of events, an object {\"events\": [...]}, or one event object.");
        }
        if (events.isEmpty()) {
            return IngestOutcome.Problem.of(400, "No events", "The request carries no events.");
        }
        if (events.size() > settings.maxIngestEvents()) {
            return IngestOutcome.Problem.of(
                    413,
                    "Too many events",
                    "At most " + settings.maxIngestEvents() + " events per request; this one has " + events.size()
                            + ". Split it.");
        }
        return answer(battle.id(), read(battle, events));
    }

    private List<IngestItem> read(BattleView battle, List<JsonNode> events) {
        IngestEventReader reader = new IngestEventReader(IngestRooms.of(battle));
        long now = clock.millis();
        return events.stream().map(event -> reader.read(event, now)).toList();
    }

    private IngestOutcome answer(String battleId, List<IngestItem> items) {
        if (items.stream().allMatch(IngestItem.Invalid.class::isInstance)) {
            return everyEventInvalid(items);
        }
        // the position of each item's event among those submitted, or -1 when it submits none
        List<BattleEvent> submitted = new ArrayList<>();
        int[] positions = new int[items.size()];
        for (int index = 0; index < items.size(); index++) {
            BattleEvent event = switch (items.get(index)) {
                case IngestItem.Scored scored -> scored.event();
                case IngestItem.Chat chat ->
                    audience.chatVote(battleId, chat.message()).orElse(null);
                default -> null;
            };
            positions[index] = event == null ? -1 : submitted.size();
            if (event != null) {
                submitted.add(event);
            }
        }
        List<CompletableFuture<Admission>> admissions =
                submitted.isEmpty() ? List.of() : battles.submitAll(battleId, submitted);
        List<IngestOutcome.EventResult> results = new ArrayList<>(items.size());
        for (int index = 0; index < items.size(); index++) {
            IngestItem item = items.get(index);
            int position = positions[index];
            results.add(
                    switch (item) {
                        case IngestItem.Invalid invalid ->
                            new IngestOutcome.EventResult(index, invalid.msgId(), "rejected", invalid.message());
                        case IngestItem.Unscored unscored ->
                            new IngestOutcome.EventResult(
                                    index, unscored.msgId(), "ignored", "not scored: " + unscored.type());
                        case IngestItem.Scored event -> result(index, event.msgId(), admissions.get(position));
                        case IngestItem.Chat chat ->
                            position < 0
                                    ? new IngestOutcome.EventResult(
                                            index, chat.msgId(), "ignored", "chat: not a vote command in this battle")
                                    : chatResult(index, chat.msgId(), admissions.get(position), battleId);
                    });
        }
        return new IngestOutcome.Answered(results);
    }

    /** A chat vote that did not count was still logged and claimed its id: ignored, with the audience's reason. */
    private IngestOutcome.EventResult chatResult(
            int index, String msgId, CompletableFuture<Admission> admission, String battleId) {
        IngestOutcome.EventResult result = result(index, msgId, admission);
        if (!result.status().equals("rejected") || result.reason() == null) {
            return result.status().equals("accepted")
                    ? new IngestOutcome.EventResult(index, msgId, "accepted", "chat: vote counted")
                    : result;
        }
        return refusal(result.reason())
                .map(reason -> new IngestOutcome.EventResult(
                        index,
                        msgId,
                        "ignored",
                        "chat: vote not counted: " + VoteRefusals.explain(reason, audience.rules(battleId))))
                .orElse(result);
    }

    private static Optional<RejectReason> refusal(String reason) {
        try {
            return Optional.of(RejectReason.valueOf(reason));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static IngestOutcome.EventResult result(int index, String msgId, CompletableFuture<Admission> admission) {
        try {
            Admission answer = admission.get(CONFIRM_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            String reason = switch (answer) {
                case Admission.Rejected rejected -> rejected.reason();
                case Admission.Ignored ignored -> ignored.reason();
                default -> null;
            };
            return new IngestOutcome.EventResult(index, msgId, answer.status(), reason);
        } catch (TimeoutException e) {
            return new IngestOutcome.EventResult(
                    index, msgId, "rejected", "not confirmed in time; send it again (a repeated msgId is a duplicate)");
        } catch (ExecutionException e) {
            log.warn("Ingested event {} was not logged: {}", index, String.valueOf(e.getCause()));
            return new IngestOutcome.EventResult(
                    index, msgId, "rejected", "the battle cannot take events right now; send it again shortly");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new IngestOutcome.EventResult(index, msgId, "rejected", "interrupted; send it again");
        }
    }

    private static IngestOutcome everyEventInvalid(List<IngestItem> items) {
        List<Map<String, @Nullable Object>> errors = new ArrayList<>();
        for (int index = 0; index < items.size(); index++) {
            IngestItem.Invalid invalid = (IngestItem.Invalid) items.get(index);
            Map<String, @Nullable Object> error = new LinkedHashMap<>();
            error.put("index", index);
            error.put("msgId", invalid.msgId());
            error.put("field", invalid.field());
            error.put("message", invalid.message());
            errors.add(error);
        }
        String detail = items.size() == 1
                ? ((IngestItem.Invalid) items.getFirst()).message() + "."
                : "No event is valid; the first problem: " + ((IngestItem.Invalid) items.getFirst()).message() + ".";
        return new IngestOutcome.Problem(400, "Invalid events", detail, errors);
    }

    private static @Nullable List<JsonNode> events(JsonNode root) {
        if (root.isArray()) {
            return root.valueStream().toList();
        }
        if (root.isObject() && root.get("events") != null) {
            JsonNode events = root.get("events");
            return events.isArray() ? events.valueStream().toList() : null;
        }
        return root.isObject() && root.get("type") != null ? List.of(root) : null;
    }

    private static String where(JacksonException e) {
        var location = e.getLocation();
        return location == null || location.getLineNr() < 0
                ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
