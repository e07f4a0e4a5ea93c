package io.battlesim.app.battle.cluster;

import io.battlesim.app.battle.Admission;
import io.battlesim.app.battle.BattleLeases;
import io.battlesim.app.battle.BattleUnavailableException;
import io.battlesim.app.battle.RemoteBattles;
import io.battlesim.app.battle.persistence.BattleJson;
import io.battlesim.engine.BattleSnapshot;
import io.battlesim.engine.event.BattleEvent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Forwards events over HTTP to the node holding a battle's lease ({@code POST
 * /internal/cluster/battles/{id}/events}, with the cluster's shared secret); that node's writer logs them before it
 * answers. While the lease is moving (its node died and nobody took it yet) it asks again for a few seconds.
 */
public final class HttpRemoteBattles implements RemoteBattles {

    static final String SECRET_HEADER = "X-Cluster-Secret";
    private static final int ATTEMPTS = 20;
    private static final Duration BETWEEN_ATTEMPTS = Duration.ofMillis(500);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final BattleLeases leases;
    private final BattleJson json;
    private final String secret;
    private final Function<String, Optional<BattleSnapshot>> latest;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    /**
     * @param latest the latest snapshot of a battle as this node's update channel holds it (following it if needed)
     */
    public HttpRemoteBattles(
            BattleLeases leases, BattleJson json, String secret, Function<String, Optional<BattleSnapshot>> latest) {
        this.leases = leases;
        this.json = json;
        this.secret = secret;
        this.latest = latest;
    }

    @Override
    public List<CompletableFuture<Admission>> forward(String battleId, List<BattleEvent> events) {
        List<String> payloads = events.stream().map(json::writeEvent).toList();
        CompletableFuture<List<ForwardedAnswer>> answers = CompletableFuture.supplyAsync(
                () -> send(battleId, payloads), runnable -> Thread.ofVirtual().start(runnable));
        List<CompletableFuture<Admission>> admissions = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            int index = i;
            admissions.add(answers.thenApply(list -> list.get(index).toAdmission()));
        }
        return admissions;
    }

    @Override
    public Optional<BattleSnapshot> latest(String battleId) {
        return latest.apply(battleId);
    }

    private List<ForwardedAnswer> send(String battleId, List<String> payloads) {
        String body = json.write(payloads.toArray(String[]::new));
        RuntimeException failure = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<String> owner = leases.ownerUrl(battleId);
            if (owner.isPresent()) {
                try {
                    HttpResponse<String> response = http.send(
                            HttpRequest.newBuilder(URI.create(
                                            owner.get() + "/internal/cluster/battles/" + battleId + "/events"))
                                    .timeout(TIMEOUT)
                                    .header("Content-Type", "application/json")
                                    .header(SECRET_HEADER, secret)
                                    .POST(HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200) {
                        List<ForwardedAnswer> answers = List.of(json.read(response.body(), ForwardedAnswer[].class));
                        if (answers.size() == payloads.size()) {
                            return answers;
                        }
                    }
                    failure = new IllegalStateException("the battle's node answered " + response.statusCode());
                    leases.forgetOwner(battleId);
                } catch (java.io.IOException e) {
                    failure = new IllegalStateException("the battle's node could not be reached", e);
                    leases.forgetOwner(battleId);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new BattleUnavailableException("interrupted while forwarding", e);
                }
            }
            try {
                Thread.sleep(BETWEEN_ATTEMPTS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BattleUnavailableException("interrupted while forwarding", e);
            }
        }
        throw new BattleUnavailableException("no node runs the battle now: retry", failure);
    }
}
