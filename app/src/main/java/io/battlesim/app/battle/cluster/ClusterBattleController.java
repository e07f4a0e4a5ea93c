package io.battlesim.app.battle.cluster;

import io.battlesim.app.battle.Admission;
import io.battlesim.app.battle.BattleManagement;
import io.battlesim.app.battle.BattleNotFoundException;
import io.battlesim.app.battle.persistence.BattleJson;
import io.battlesim.app.cluster.ClusterSettings;
import io.battlesim.app.cluster.OnClusterMode;
import io.battlesim.engine.event.BattleEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where the other nodes of the cluster forward events for the battles this node runs. Only a caller with the
 * cluster's shared secret is heard; an answer per event once its fate is known (logged, or refused), or UNAVAILABLE
 * when this node no longer runs the battle. Not part of the public API (not in the OpenAPI document).
 */
@RestController
@OnClusterMode
class ClusterBattleController {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final BattleManagement battles;
    private final BattleJson json;
    private final byte[] secret;

    ClusterBattleController(BattleManagement battles, BattleJson json, ClusterSettings settings) {
        this.battles = battles;
        this.json = json;
        this.secret = String.valueOf(settings.secret()).getBytes(StandardCharsets.UTF_8);
    }

    @PostMapping(path = "/internal/cluster/battles/{id}/events", produces = "application/json")
    ResponseEntity<String> events(
            @PathVariable("id") String battleId,
            @RequestHeader(name = HttpRemoteBattles.SECRET_HEADER, defaultValue = "") String presented,
            @RequestBody String body) {
        if (!MessageDigest.isEqual(secret, presented.getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        List<BattleEvent> events = new ArrayList<>();
        for (String payload : json.read(body, String[].class)) {
            events.add(json.readEvent(payload));
        }
        List<CompletableFuture<Admission>> admissions;
        try {
            admissions = battles.submitHere(battleId, events);
        } catch (BattleNotFoundException unknown) {
            return ResponseEntity.notFound().build();
        }
        List<ForwardedAnswer> answers = new ArrayList<>(admissions.size());
        long deadline = System.nanoTime() + WAIT.toNanos();
        for (CompletableFuture<Admission> admission : admissions) {
            answers.add(answer(admission, deadline));
        }
        return ResponseEntity.ok(json.write(answers.toArray(ForwardedAnswer[]::new)));
    }

    private static ForwardedAnswer answer(CompletableFuture<Admission> admission, long deadline) {
        try {
            return ForwardedAnswer.of(admission.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ForwardedAnswer.unavailable();
        } catch (Exception e) {
            return ForwardedAnswer.unavailable();
        }
    }
}
