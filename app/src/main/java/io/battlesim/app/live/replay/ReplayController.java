package io.battlesim.app.live.replay;

import io.battlesim.app.auth.SignedInUser;
import io.battlesim.app.battle.BattleManagement;
import io.battlesim.app.battle.BattleStatus;
import io.battlesim.app.battle.BattleView;
import io.battlesim.app.live.LiveSettings;
import io.battlesim.app.live.ingest.BoundedBody;
import io.battlesim.app.live.ingest.IngestEventReader;
import io.battlesim.app.live.ingest.IngestRooms;
import io.battlesim.app.live.ingest.Problems;
import io.battlesim.app.ratelimit.Limited;
import io.battlesim.app.ratelimit.RateLimits;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/battles/{id}/replay?speed=10}: replays a JSON Lines recording into a LIVE battle, uploaded as
 * the multipart part {@code file} or as the raw body ({@code application/x-ndjson}). Authenticated with the ingest
 * key ({@code X-Ingest-Key}) or as the battle's owner. The whole file is validated first: any bad line gives 400
 * problem+json listing every bad line, and nothing is submitted. Answers 202 with the number of events and the
 * planned duration (429 once the battle's ingest rate limit is reached: an upload counts as one ingest request);
 * {@code GET} on the same path reports the progress.
 */
@RestController
@Tag(name = "Ingest")
class ReplayController {

    private static final String KEY_HEADER = "X-Ingest-Key";
    private static final String PATH = "/api/battles/{battleId}/replay";
    private static final double MAX_SPEED = 1_000;
    private static final int MAX_EVENTS = 1_000_000;

    private final BattleManagement battles;
    private final ReplaySources replays;
    private final LiveSettings settings;
    private final JsonMapper json;
    private final RateLimits limits;

    ReplayController(
            BattleManagement battles,
            ReplaySources replays,
            LiveSettings settings,
            JsonMapper json,
            RateLimits limits) {
        this.battles = battles;
        this.replays = replays;
        this.settings = settings;
        this.json = json;
        this.limits = limits;
    }

    @PostMapping(path = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Replay a recording (multipart upload)",
            description = "The recording as the part 'file': JSON Lines, one ingest event per line with createTime"
                    + " (epoch ms). Events are submitted with their recorded spacing divided by speed (1, 2, 10x,"
                    + " max). Any bad line: 400 listing every bad line, nothing replayed. Ingest key or the"
                    + " battle's owner.")
    ResponseEntity<?> upload(
            @PathVariable String battleId,
            @RequestParam(defaultValue = "1") String speed,
            @RequestHeader(name = KEY_HEADER, required = false) @Nullable String key,
            @RequestPart(name = "file", required = false) @Nullable MultipartFile file,
            HttpServletRequest request)
            throws IOException {
        if (file == null) {
            return Problems.of(
                    request, HttpStatus.BAD_REQUEST, "No file", "Upload the recording as the multipart part 'file'.");
        }
        try (InputStream in = file.getInputStream()) {
            return replay(battleId, speed, key, in, request);
        }
    }

    @PostMapping(path = PATH)
    @Operation(
            summary = "Replay a recording (raw body)",
            description = "As the multipart upload, with the recording as the body (application/x-ndjson).")
    ResponseEntity<?> raw(
            @PathVariable String battleId,
            @RequestParam(defaultValue = "1") String speed,
            @RequestHeader(name = KEY_HEADER, required = false) @Nullable String key,
            HttpServletRequest request)
            throws IOException {
        return replay(battleId, speed, key, request.getInputStream(), request);
    }

    @GetMapping(PATH)
    @Operation(summary = "Progress of the battle's latest replay")
    ResponseEntity<?> progress(
            @PathVariable String battleId,
            @RequestHeader(name = KEY_HEADER, required = false) @Nullable String key,
            HttpServletRequest request) {
        Optional<BattleView> battle = battles.find(battleId);
        if (battle.isEmpty()) {
            return unknown(request, battleId);
        }
        if (!allowed(battle.get(), key)) {
            return unauthorized(request);
        }
        return replays.find(battleId)
                .<ResponseEntity<?>>map(run -> ResponseEntity.ok(state(battleId, run)))
                .orElseGet(() -> Problems.of(
                        request, HttpStatus.NOT_FOUND, "No replay", "No recording was replayed into this battle."));
    }

    private ResponseEntity<?> replay(
            String battleId, String speedText, @Nullable String key, InputStream body, HttpServletRequest request)
            throws IOException {
        Optional<BattleView> battle = battles.find(battleId);
        if (battle.isEmpty()) {
            return unknown(request, battleId);
        }
        if (!allowed(battle.get(), key)) {
            return unauthorized(request);
        }
        // a replay counts as one request against the battle's ingest budget
        limits.require(Limited.INGEST, battleId);
        Double speed = speed(speedText);
        if (speed == null) {
            return Problems.of(
                    request,
                    HttpStatus.BAD_REQUEST,
                    "Invalid speed",
                    "speed must be a factor such as 1, 2, 10 (or 10x) up to 1000, or max.");
        }
        if (battle.get().status() != BattleStatus.LIVE) {
            return Problems.of(
                    request,
                    HttpStatus.CONFLICT,
                    "Battle not live",
                    "The battle is " + battle.get().status().name().toLowerCase()
                            + "; start it before replaying into it.");
        }
        Optional<byte[]> content =
                BoundedBody.read(body, settings.maxReplayBody().toBytes());
        if (content.isEmpty()) {
            return Problems.of(
                    request,
                    HttpStatus.CONTENT_TOO_LARGE,
                    "Recording too large",
                    "A recording may be at most " + settings.maxReplayBody().toBytes() + " bytes.");
        }
        var reader = new IngestEventReader(IngestRooms.of(battle.get()));
        return switch (ReplayFile.parse(content.get(), reader, json, MAX_EVENTS)) {
            case ReplayFile.Invalid invalid -> invalidLines(request, invalid);
            case ReplayFile.Valid valid -> start(request, battleId, valid, speed);
        };
    }

    private ResponseEntity<?> start(HttpServletRequest request, String battleId, ReplayFile.Valid file, double speed) {
        return replays.start(battleId, file.events(), speed)
                .<ResponseEntity<?>>map(run -> ResponseEntity.accepted().body(state(battleId, run)))
                .orElseGet(() -> Problems.of(
                        request,
                        HttpStatus.CONFLICT,
                        "Replay running",
                        "A recording is still being replayed into this battle; wait for it to finish."));
    }

    private static ResponseEntity<?> invalidLines(HttpServletRequest request, ReplayFile.Invalid invalid) {
        List<Map<String, Object>> errors = invalid.errors().stream()
                .map(error -> Map.<String, Object>of(
                        "line", error.line(), "field", error.field(), "message", error.message()))
                .toList();
        String lines = invalid.errors().stream()
                .map(error -> String.valueOf(error.line()))
                .distinct()
                .limit(20)
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
        return Problems.of(
                request,
                HttpStatus.BAD_REQUEST,
                "Invalid recording",
                "Nothing was replayed: fix line(s) " + lines + ".",
                errors);
    }

    private static Map<String, Object> state(String battleId, ReplayRun run) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("battleId", battleId);
        body.put("events", run.total());
        body.put("submitted", run.submitted());
        body.put("done", run.done());
        body.put("plannedMillis", run.plannedMillis());
        return body;
    }

    private boolean allowed(BattleView battle, @Nullable String key) {
        if (key != null && !key.isBlank() && battles.ingestKeyMatches(battle.id(), key.strip())) {
            return true;
        }
        Long owner = battle.setup().ownerUserId();
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return owner != null
                && authentication != null
                && authentication.getPrincipal() instanceof SignedInUser user
                && Objects.equals(user.id(), owner);
    }

    /** 1, 2.5, 10x, max; null when it is none of those or out of range. */
    static @Nullable Double speed(String text) {
        String value = text.strip().toLowerCase();
        if (value.equals("max")) {
            return Double.POSITIVE_INFINITY;
        }
        if (value.endsWith("x")) {
            value = value.substring(0, value.length() - 1);
        }
        try {
            double speed = Double.parseDouble(value);
            return speed > 0 && speed <= MAX_SPEED ? speed : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static ResponseEntity<?> unknown(HttpServletRequest request, String battleId) {
        return Problems.of(request, HttpStatus.NOT_FOUND, "Unknown battle", "There is no battle " + battleId + ".");
    }

    private static ResponseEntity<?> unauthorized(HttpServletRequest request) {
        return Problems.of(
                request,
                HttpStatus.UNAUTHORIZED,
                "Not allowed",
                "Send the battle's ingest key in " + KEY_HEADER + ", or sign in as the battle's owner.");
    }
}
