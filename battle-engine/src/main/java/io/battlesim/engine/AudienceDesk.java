package io.battlesim.engine;

import io.battlesim.engine.audience.AudienceRules;
import io.battlesim.engine.audience.BoosterGoal;
import io.battlesim.engine.audience.FireCause;
import io.battlesim.engine.audience.GiftVotes;
import io.battlesim.engine.audience.LikeGoal;
import io.battlesim.engine.audience.VoteChannel;
import io.battlesim.engine.event.AudienceRulesChanged;
import io.battlesim.engine.event.AudienceVote;
import io.battlesim.engine.powerup.PowerUpKind;
import io.battlesim.engine.powerup.RejectReason;
import io.battlesim.engine.powerup.TriggeredBy;
import io.battlesim.engine.scoring.Saturating;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Applies the audience rules: viewers' votes (per-viewer window, booster goals and their cooldowns), like goals and
 * gift-weighted votes. A goal that fills fires its booster through the battle's power-up rules in the same event,
 * so concurrent votes that cross a threshold fire it exactly once: the battle applies events one at a time.
 */
final class AudienceDesk {

    private static final PowerUpKind[] KINDS = PowerUpKind.values();
    private static final String BY_VOTES = "audience:votes";
    private static final String BY_LIKES = "audience:likes";

    private final BattleState state;
    private final PowerUpDesk powerUps;
    private final long[] votes;
    private final long[] webVotes;
    private final long[] chatVotes;
    private final long[] giftVotes;
    private final long[][] meters;
    private final long[][] coolingUntil;
    private final long[] likes;
    private final VoterWindows voters = new VoterWindows();
    private AudienceRules rules;
    private long totalVotes;
    private int fired;
    private AudienceSnapshot.@Nullable Fired lastFired;

    AudienceDesk(BattleState state, PowerUpDesk powerUps) {
        this.state = state;
        this.powerUps = powerUps;
        this.rules = state.config.audience();
        int sides = state.side.length;
        this.votes = new long[sides];
        this.webVotes = new long[sides];
        this.chatVotes = new long[sides];
        this.giftVotes = new long[sides];
        this.meters = new long[sides][KINDS.length];
        this.coolingUntil = new long[sides][KINDS.length];
        this.likes = new long[sides];
    }

    ApplyResult onVote(AudienceVote vote) {
        if (!state.seen.add(vote.eventId())) {
            return state.duplicate();
        }
        BattleTime time = state.time;
        if (time.phase == Phase.SCHEDULED) {
            return state.rejected(RejectReason.NOT_LIVE);
        }
        if (time.phase == Phase.ENDED || vote.timestamp() >= time.endsAt) {
            return state.late(vote);
        }
        int side = state.sides.indexOf(vote.sideId());
        long at = Math.max(vote.timestamp(), time.startedAt);
        RejectReason refusal = refusal(vote, side, at);
        if (refusal != null) {
            return state.rejected(refusal);
        }
        if (!voters.tryVote(
                vote.voterId(), at, rules.votesPerWindow(), rules.voteWindow().toMillis())) {
            return state.rejected(RejectReason.VOTE_TOO_SOON);
        }
        count(side, vote.channel());
        PowerUpKind booster = vote.booster();
        if (booster != null) {
            int k = booster.ordinal();
            BoosterGoal goal = rules.goal(booster);
            meters[side][k]++;
            if (goal != null && meters[side][k] >= goal.threshold()) {
                meters[side][k] = 0;
                coolingUntil[side][k] = Saturating.add(at, goal.cooldown().toMillis());
                fire(booster, side, FireCause.VOTES, at);
            }
        }
        return state.applied(at);
    }

    ApplyResult onRulesChanged(AudienceRulesChanged change) {
        if (!state.seen.add(change.eventId())) {
            return state.duplicate();
        }
        if (state.time.phase == Phase.ENDED) {
            return state.late(change);
        }
        rules = change.rules();
        return state.applied(Math.max(change.timestamp(), state.time.now));
    }

    /** Likes counted for a side fill its like goal; a full goal fires when the power-up rules allow, else waits. */
    void onLikes(int side, int count, long at) {
        LikeGoal goal = rules.likeGoal();
        if (!rules.enabled() || goal == null || count <= 0) {
            return;
        }
        likes[side] = Saturating.add(likes[side], count);
        if (likes[side] < goal.likes()) {
            return;
        }
        if (state.powerUps.check(goal.booster(), side, TriggeredBy.AUDIENCE, at) == null) {
            // the taps beyond the goal start the next one, but one event never fills two goals
            likes[side] = Math.min(likes[side] - goal.likes(), goal.likes() - 1);
            fire(goal.booster(), side, FireCause.LIKES, at);
        } else {
            likes[side] = goal.likes();
        }
    }

    /** A committed gift casts votes for its side when gift-weighted voting is on. */
    void onGift(int side, long coins) {
        GiftVotes weights = rules.giftVotes();
        if (!rules.enabled() || weights == null) {
            return;
        }
        long worth = weights.votesFor(coins);
        giftVotes[side] = Saturating.add(giftVotes[side], worth);
        votes[side] = Saturating.add(votes[side], worth);
        totalVotes = Saturating.add(totalVotes, worth);
    }

    AudienceSnapshot snapshot() {
        List<AudienceSnapshot.SideVotes> sides = new ArrayList<>(state.side.length);
        long now = state.time.now;
        for (int i = 0; i < state.side.length; i++) {
            List<AudienceSnapshot.BoosterMeter> boosters = new ArrayList<>();
            for (PowerUpKind kind : KINDS) {
                BoosterGoal goal = rules.goal(kind);
                if (goal != null) {
                    long until = coolingUntil[i][kind.ordinal()];
                    boosters.add(new AudienceSnapshot.BoosterMeter(
                            kind, meters[i][kind.ordinal()], goal.threshold(), until > now ? until : null));
                }
            }
            LikeGoal goal = rules.likeGoal();
            sides.add(new AudienceSnapshot.SideVotes(
                    state.sideId(i),
                    votes[i],
                    webVotes[i],
                    chatVotes[i],
                    giftVotes[i],
                    boosters,
                    goal == null ? 0 : Math.min(likes[i], goal.likes())));
        }
        return new AudienceSnapshot(rules, sides, totalVotes, voters.voters(), fired, lastFired);
    }

    /** Why a vote cannot count now, or null; the per-viewer window is checked last so a refusal costs no vote. */
    private @Nullable RejectReason refusal(AudienceVote vote, int side, long at) {
        if (!rules.enabled()) {
            return RejectReason.AUDIENCE_OFF;
        }
        if (vote.channel() == VoteChannel.CHAT && !rules.chatCommands()) {
            return RejectReason.CHAT_COMMANDS_OFF;
        }
        if (side < 0) {
            return RejectReason.UNKNOWN_SIDE;
        }
        PowerUpKind booster = vote.booster();
        if (booster == null) {
            return null;
        }
        if (rules.goal(booster) == null) {
            return RejectReason.BOOSTER_NOT_OFFERED;
        }
        if (at < coolingUntil[side][booster.ordinal()]) {
            return RejectReason.BOOSTER_COOLING_DOWN;
        }
        return state.powerUps.check(booster, side, TriggeredBy.AUDIENCE, at);
    }

    private void count(int side, VoteChannel channel) {
        votes[side] = Saturating.add(votes[side], 1);
        totalVotes = Saturating.add(totalVotes, 1);
        switch (channel) {
            case WEB -> webVotes[side] = Saturating.add(webVotes[side], 1);
            case CHAT -> chatVotes[side] = Saturating.add(chatVotes[side], 1);
        }
    }

    private void fire(PowerUpKind kind, int side, FireCause cause, long at) {
        powerUps.fire(kind, side, TriggeredBy.AUDIENCE, cause == FireCause.VOTES ? BY_VOTES : BY_LIKES, at);
        fired++;
        lastFired = new AudienceSnapshot.Fired(kind, state.sideId(side), cause, at);
    }
}
