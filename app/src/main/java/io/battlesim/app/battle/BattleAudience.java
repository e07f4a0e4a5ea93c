package io.battlesim.app.battle;

import io.battlesim.app.battle.persistence.BattleRow;
import io.battlesim.engine.ApplyResult;
import io.battlesim.engine.AudienceSnapshot;
import io.battlesim.engine.BattleConfig;
import io.battlesim.engine.BattleSnapshot;
import io.battlesim.engine.audience.AudienceRules;
import io.battlesim.engine.audience.ChatCommand;
import io.battlesim.engine.audience.ChatCommands;
import io.battlesim.engine.audience.VoteChannel;
import io.battlesim.engine.event.AudienceRulesChanged;
import io.battlesim.engine.event.AudienceVote;
import io.battlesim.engine.powerup.PowerUpKind;
import io.battlesim.engine.powerup.RejectReason;
import io.battlesim.engine.powerup.TriggeredBy;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The audience's side of a battle: viewers' votes from the viewer page, votes read from LIVE chat commands, and the
 * creator's audience rules. Votes go through the battle's writer and its event log like every other event, so a
 * vote the viewer was told counted survives a restart and the totals shown are the totals stored.
 */
@Service
public class BattleAudience {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final BattleManagement battles;
    private final RunningBattles running;
    private final BattleSecrets secrets;
    private final Clock clock;

    BattleAudience(BattleManagement battles, RunningBattles running, BattleSecrets secrets, BattleRuntime runtime) {
        this.battles = battles;
        this.running = running;
        this.secrets = secrets;
        this.clock = runtime.clock();
    }

    /** A new anonymous viewer's signed token, for the viewer cookie. */
    public String newViewerToken() {
        return secrets.viewerToken(UUID.randomUUID().toString());
    }

    /** The viewer id a signed viewer token carries, or empty when the token was not issued by this app. */
    public Optional<String> viewerId(String token) {
        return token.length() > 200 ? Optional.empty() : Optional.ofNullable(secrets.viewerIdOf(token));
    }

    /**
     * Casts a vote and waits for the battle's answer.
     *
     * @param battleId the battle
     * @param voteId the vote's idempotency key (a retry with the same key is answered as a duplicate)
     * @param voterId who votes, with its identity's prefix ({@code web:}, {@code tiktok:})
     * @param sideId the side
     * @param booster the booster the vote fills, or null
     * @throws BattleNotFoundException for an unknown battle
     */
    public VoteAnswer vote(
            String battleId, String voteId, String voterId, String sideId, @Nullable PowerUpKind booster) {
        RunningBattle battle = battles.runningOrNull(battleId);
        var vote = new AudienceVote("vote:" + voteId, voterId, sideId, booster, VoteChannel.WEB, clock.millis());
        if (battle == null) {
            // another node of the cluster may run it: its writer counts the vote
            return battles.forwardedAnswer(battleId, vote)
                    .map(admission -> answer(admission, remoteAudience(battleId)))
                    .orElseGet(() -> new VoteAnswer(VoteAnswer.Outcome.CLOSED, notLiveReason(battleId), null));
        }
        ApplyResult result = Waits.await(battle.enqueue(vote), WAIT);
        return answer(Admissions.of(result), battle.snapshot().audience());
    }

    /** The audience as another node's updates show it once they carry the new rules (or after a few seconds). */
    private AudienceSnapshot audienceAfter(String battleId, AudienceRules rules) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        AudienceSnapshot audience = remoteAudience(battleId);
        while ((audience == null || !audience.rules().equals(rules)) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            audience = remoteAudience(battleId);
        }
        if (audience == null) {
            throw new BattleStateException("The audience rules can change only while the battle is running.");
        }
        return audience;
    }

    private @Nullable AudienceSnapshot remoteAudience(String battleId) {
        return battles.find(battleId).map(view -> view.snapshot().audience()).orElse(null);
    }

    private static VoteAnswer answer(Admission admission, @Nullable AudienceSnapshot audience) {
        return switch (admission) {
            case Admission.Accepted accepted -> new VoteAnswer(VoteAnswer.Outcome.COUNTED, null, audience);
            case Admission.Rejected rejected ->
                new VoteAnswer(VoteAnswer.Outcome.REFUSED, rejected.rejectReason(), audience);
            case Admission.Duplicate duplicate -> new VoteAnswer(VoteAnswer.Outcome.DUPLICATE, null, audience);
            case Admission.Late late -> new VoteAnswer(VoteAnswer.Outcome.CLOSED, null, audience);
            case Admission.Ignored ignored -> new VoteAnswer(VoteAnswer.Outcome.REFUSED, null, audience);
        };
    }

    /**
     * The vote a chat comment casts, or empty when it is not a command, chat commands are off, or the room is not
     * in the battle. The vote's id derives from the comment's message id, so a comment delivered twice (a
     * connector resuming) votes once.
     */
    public Optional<AudienceVote> chatVote(String battleId, ChatMessage message) {
        RunningBattle battle = running.get(battleId);
        BattleSnapshot snapshot;
        if (battle != null && !battle.closed()) {
            if (!battle.hasRoom(message.roomId())) {
                return Optional.empty();
            }
            snapshot = battle.snapshot();
        } else {
            // another node of the cluster may run it: read its state as its updates show it
            BattleView view = battles.find(battleId).orElse(null);
            if (view == null
                    || view.status() != BattleStatus.LIVE
                    || !BattleConfigs.roomIds(view.setup()).contains(message.roomId())) {
                return Optional.empty();
            }
            snapshot = view.snapshot();
        }
        AudienceRules rules = snapshot.audience().rules();
        if (!rules.enabled() || !rules.chatCommands()) {
            return Optional.empty();
        }
        List<String> labels =
                snapshot.sides().stream().map(BattleSnapshot.Side::label).toList();
        return new ChatCommands(rules.chatSyntax(), labels)
                .parse(message.comment())
                .map(command -> {
                    String sideId = snapshot.sides().get(side(command)).id();
                    PowerUpKind booster = command instanceof ChatCommand.Boost boost ? boost.booster() : null;
                    return new AudienceVote(
                            "chat:" + message.msgId(),
                            "chat:" + message.sender().userId(),
                            sideId,
                            booster,
                            VoteChannel.CHAT,
                            message.timestamp());
                });
    }

    /** The audience rules in force: a running battle's current ones, else those it was created with. */
    public AudienceRules rules(String battleId) {
        RunningBattle battle = running.get(battleId);
        if (battle != null) {
            return battle.snapshot().audience().rules();
        }
        BattleRow row = battles.requireRow(battleId);
        if (row.status() == BattleStatus.LIVE) {
            AudienceSnapshot remote = remoteAudience(battleId);
            if (remote != null) {
                return remote.rules();
            }
        }
        return row.setup().rules().audience();
    }

    /**
     * Replaces the audience rules of a running battle (logged, so a rebuilt battle follows the same rules).
     *
     * @throws InvalidBattleSetupException when the rules offer a booster the battle does not let viewers trigger
     * @throws BattleStateException when the battle is not running
     */
    public AudienceSnapshot changeRules(String battleId, AudienceRules rules) {
        Objects.requireNonNull(rules, "rules must not be null");
        RunningBattle battle = battles.runningOrNull(battleId);
        BattleConfig config = battle != null
                ? battle.config()
                : BattleConfigs.toConfig(battleId, battles.requireRow(battleId).setup());
        if (rules.enabled()) {
            Set<PowerUpKind> allowed = EnumSet.noneOf(PowerUpKind.class);
            for (PowerUpKind kind : PowerUpKind.values()) {
                if (config.powerUps().rule(kind).allowedBy().contains(TriggeredBy.AUDIENCE)) {
                    allowed.add(kind);
                }
            }
            BattleConfigs.requireAudienceMayTrigger(rules, allowed, "audience");
        }
        var change = new AudienceRulesChanged("audience:" + UUID.randomUUID(), rules, clock.millis());
        if (battle == null) {
            // another node of the cluster may run it
            if (battles.forwardedAnswer(battleId, change).isEmpty()) {
                throw new BattleStateException("The audience rules can change only while the battle is running.");
            }
            return audienceAfter(battleId, rules);
        }
        Waits.await(battle.enqueue(change), WAIT);
        return battle.snapshot().audience();
    }

    private static int side(ChatCommand command) {
        return switch (command) {
            case ChatCommand.Vote vote -> vote.side();
            case ChatCommand.Boost boost -> boost.side();
        };
    }

    private @Nullable RejectReason notLiveReason(String battleId) {
        return battles.requireRow(battleId).status() == BattleStatus.SCHEDULED ? RejectReason.NOT_LIVE : null;
    }
}
