package io.battlesim.app.insights;

import io.battlesim.app.auth.AccessGrant;
import io.battlesim.app.auth.AccessGrants;
import io.battlesim.app.cluster.ClusterSettings;
import io.battlesim.app.insights.store.SnapshotRun;
import io.battlesim.app.insights.store.SnapshotRuns;
import io.battlesim.app.insights.store.SnapshotState;
import io.battlesim.app.insights.store.SnapshotStore;
import io.battlesim.tiktok.client.TikTokApiException;
import io.battlesim.tiktok.client.TikTokException;
import io.battlesim.tiktok.client.TikTokRateLimitedException;
import jakarta.annotation.PostConstruct;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a creator's snapshot of the day: every page of their videos, then their profile counts. Each page is stored
 * with the cursor reached in one transaction, so a 429 or a failure midway leaves a state that the next attempt
 * resumes from, and rows keyed by creator, video and day make a repeated page replace rather than duplicate.
 * Creators who revoked access, or whose token cannot be refreshed, are skipped until they connect again.
 *
 * <p>One attempt per creator at a time across all nodes: an attempt first claims the creator's {@code insight_run}
 * row for this node ({@link SnapshotRuns#claim}; a scheduled attempt only while the snapshot is still due, so a
 * snapshot another node just took is not taken again), renews the claim with every page it stores and stops if it
 * lost it, and releases it at the end. A claim runs out after {@link #CLAIM} without renewal (its node died); a single
 * node drops the claims of its earlier runs at start-up.
 */
@Service
public class SnapshotTaker {

    static final String VIDEO_LIST = "video.list";
    static final String USER_STATS = "user.info.stats";

    /** How long a claim on a creator's snapshot lasts without renewal (each page renews it). */
    static final Duration CLAIM = Duration.ofMinutes(10);

    private static final Logger log = LoggerFactory.getLogger(SnapshotTaker.class);

    private final AccessGrants tokens;
    private final InsightsSource source;
    private final ObjectProvider<SandboxHistory> sandbox;
    private final SnapshotStore store;
    private final SnapshotRuns runs;
    private final TransactionTemplate transactions;
    private final InsightSettings settings;
    private final ClusterSettings cluster;
    private final Clock clock;
    private final Set<Long> taking = ConcurrentHashMap.newKeySet();

    SnapshotTaker(
            AccessGrants tokens,
            InsightsSource source,
            ObjectProvider<SandboxHistory> sandbox,
            SnapshotStore store,
            SnapshotRuns runs,
            TransactionTemplate transactions,
            InsightSettings settings,
            ClusterSettings cluster,
            ObjectProvider<Clock> clock) {
        this.tokens = tokens;
        this.source = source;
        this.sandbox = sandbox;
        this.store = store;
        this.runs = runs;
        this.transactions = transactions;
        this.settings = settings;
        this.cluster = cluster;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /** On a single node, before any snapshot is taken: the claims in the database are those of its earlier runs. */
    @PostConstruct
    void forgetEarlierClaims() {
        if (!cluster.enabled()) {
            runs.releaseAll();
        }
    }

    /** How an attempt ended. */
    public enum Outcome {
        /** The day's snapshot is complete. */
        TAKEN,
        /** It was complete already (a scheduled run after "Refresh now"). */
        ALREADY_TAKEN,
        /** Stopped midway; the next attempt resumes. */
        FAILED,
        /** No working TikTok connection. */
        SKIPPED,
        /** Another attempt for this creator is running (here or on another node), or took the snapshot meanwhile. */
        BUSY
    }

    /**
     * Takes (or resumes) today's snapshot of a creator.
     *
     * @param again take it even when today's is complete ("Refresh now": the same day's rows are replaced)
     */
    public Outcome take(long userId, boolean again) {
        return claimed(userId, false, () -> attempt(userId, again));
    }

    /** As {@code take(userId, false)}, if the snapshot is still due (the scheduler listed it a moment ago). */
    Outcome takeIfDue(long userId) {
        return claimed(userId, true, () -> attempt(userId, false));
    }

    private Outcome claimed(long userId, boolean dueOnly, Supplier<Outcome> attempt) {
        if (!taking.add(userId)) {
            return Outcome.BUSY;
        }
        try {
            if (!claim(userId, dueOnly)) {
                return Outcome.BUSY;
            }
            try {
                return attempt.get();
            } catch (ClaimLost e) {
                log.warn("Insights snapshot of user {}: another node took it over; this node stops", userId);
                return Outcome.BUSY;
            } finally {
                runs.release(userId, cluster.node());
            }
        } finally {
            taking.remove(userId);
        }
    }

    /** Claims the creator's snapshot for this node, creating the creator's state first if there is none. */
    private boolean claim(long userId, boolean dueOnly) {
        Instant now = clock.instant();
        if (runs.claim(userId, cluster.node(), now, now.plus(CLAIM), dueOnly)) {
            return true;
        }
        if (dueOnly || runs.find(userId).isPresent()) {
            return false;
        }
        runs.create(SnapshotRun.fresh(userId, today(now), now), now);
        return runs.claim(userId, cluster.node(), now, now.plus(CLAIM), false);
    }

    /** Extends this node's claim inside the caller's transaction; a lost claim rolls it back. */
    private void keepClaim(long userId) {
        if (!runs.renew(userId, cluster.node(), clock.instant().plus(CLAIM))) {
            throw new ClaimLost();
        }
    }

    /** This node's claim ran out (it hung longer than {@link #CLAIM}) and another node holds the snapshot now. */
    private static final class ClaimLost extends RuntimeException {
        ClaimLost() {
            super("the claim on the snapshot was lost", null, false, false);
        }
    }

    /** Whether an attempt for this creator is running now. */
    public boolean running(long userId) {
        return taking.contains(userId);
    }

    /** Schedules a creator's first snapshot (or their next one) for now, keeping what was reached. */
    public void scheduleNow(long userId) {
        Instant now = clock.instant();
        if (!runs.scheduleAt(userId, now, now)) {
            runs.create(SnapshotRun.fresh(userId, today(now), now), now);
        }
    }

    private Outcome attempt(long userId, boolean again) {
        Instant now = clock.instant();
        LocalDate today = today(now);
        Optional<SnapshotRun> known = runs.find(userId);
        SnapshotRun run = known.filter(r -> r.day().equals(today) && resumable(r.state(), again))
                .orElseGet(() -> SnapshotRun.fresh(userId, today, now)
                        .withManual(known.map(SnapshotRun::lastManualAt).orElse(null)));
        if (run.state() == SnapshotState.DONE) {
            // today's is complete: nothing to ask TikTok, not even a token refresh
            runs.save(run.withNext(next(now)), now);
            return Outcome.ALREADY_TAKEN;
        }
        Optional<AccessGrant> grant = tokens.grantOf(userId);
        if (grant.isEmpty()) {
            SnapshotRun last = known.orElse(run);
            SnapshotRun skipped = last.moved(SnapshotState.SKIPPED, last.listCursor(), last.videosSeen(), 0, next(now))
                    .withError("No working TikTok connection (access revoked or the token could not be refreshed):"
                            + " sign in with TikTok again to resume.");
            runs.save(skipped, now);
            return Outcome.SKIPPED;
        }
        backfill(userId, grant.get(), today);
        return collect(run, grant.get(), now);
    }

    private static boolean resumable(SnapshotState state, boolean again) {
        return state == SnapshotState.RUNNING
                || state == SnapshotState.FAILED
                || (state == SnapshotState.DONE && !again);
    }

    private Outcome collect(SnapshotRun start, AccessGrant grant, Instant now) {
        long userId = start.userId();
        @Nullable Long cursor = start.listCursor();
        int seen = start.videosSeen();
        try {
            if (grant.has(VIDEO_LIST)) {
                while (true) {
                    InsightsSource.VideoBatch batch = source.videos(grant, cursor);
                    int stored = seen + batch.videos().size();
                    @Nullable Long reached = batch.nextCursor();
                    boolean more = batch.hasMore() && reached != null && !reached.equals(cursor);
                    transactions.executeWithoutResult(status -> {
                        keepClaim(userId);
                        store.saveVideos(userId, start.day(), batch.videos(), settings.reachDays());
                        runs.save(start.moved(SnapshotState.RUNNING, reached, stored, start.attempts(), now), now);
                    });
                    cursor = reached;
                    seen = stored;
                    if (!more) {
                        break;
                    }
                }
            }
            ProfileCounts profile = grant.has(USER_STATS) ? source.profile(grant) : new ProfileCounts(0, 0, 0, 0);
            Instant taken = clock.instant();
            int videos = seen;
            transactions.executeWithoutResult(status -> {
                keepClaim(userId);
                store.saveProfile(userId, start.day(), profile, taken);
                SnapshotRun done = start.moved(SnapshotState.DONE, null, videos, 0, next(taken));
                runs.save(done.withError(missingScopes(grant)), taken);
            });
            log.info("Insights snapshot of user {} for {}: {} videos", userId, start.day(), videos);
            return Outcome.TAKEN;
        } catch (ClaimLost e) {
            throw e; // the node that holds the claim now stores the state
        } catch (RuntimeException e) { // TikTok's errors, the network, the database: all resume later
            int attempts = start.attempts() + 1;
            Duration wait = retryWait(e, attempts);
            SnapshotRun failed = start.moved(
                    SnapshotState.FAILED,
                    cursor,
                    seen,
                    attempts,
                    clock.instant().plus(wait));
            runs.save(failed.withError(describe(e, wait)), clock.instant());
            log.warn(
                    "Insights snapshot of user {} stopped after {} videos, resuming in {}: {}",
                    userId,
                    seen,
                    wait,
                    describe(e, wait));
            return Outcome.FAILED;
        }
    }

    /** In emulator mode, a sandbox creator's first snapshot writes the history the emulator knows. */
    private void backfill(long userId, AccessGrant grant, LocalDate today) {
        SandboxHistory history = sandbox.getIfAvailable();
        if (history == null || settings.backfillDays() <= 0 || store.hasHistory(userId)) {
            return;
        }
        for (SandboxHistory.Day day : history.history(grant.openId(), today, settings.backfillDays())) {
            transactions.executeWithoutResult(status -> {
                store.saveVideos(userId, day.day(), day.videos(), settings.reachDays());
                store.saveProfile(
                        userId,
                        day.day(),
                        day.profile(),
                        day.day().atTime(23, 59).toInstant(ZoneOffset.UTC));
            });
        }
    }

    private Duration retryWait(Exception e, int attempts) {
        Duration backoff = settings.retryAfter().multipliedBy(1L << Math.min(attempts - 1, 10));
        if (backoff.compareTo(settings.interval()) > 0) {
            backoff = settings.interval();
        }
        if (e instanceof TikTokRateLimitedException limited
                && limited.retryAfter().compareTo(backoff) > 0) {
            return limited.retryAfter();
        }
        return backoff;
    }

    /** A failure as the creator may read it: TikTok's error code and message, never a token. */
    private static String describe(Exception e, Duration wait) {
        String why = switch (e) {
            case TikTokRateLimitedException limited -> "TikTok's rate limit was reached (HTTP 429)";
            case TikTokApiException api -> "TikTok answered " + api.errorCode() + ": " + api.errorMessage();
            case TikTokException other -> "TikTok could not be reached";
            default -> "The snapshot failed";
        };
        String text = why + "; it resumes where it stopped in about " + minutes(wait) + ".";
        return text.length() <= 300 ? text : text.substring(0, 297) + "...";
    }

    private static String minutes(Duration wait) {
        long minutes = Math.max(1, wait.toMinutes());
        return minutes == 1 ? "a minute" : minutes + " minutes";
    }

    private static @Nullable String missingScopes(AccessGrant grant) {
        if (!grant.has(VIDEO_LIST) && !grant.has(USER_STATS)) {
            return "TikTok did not grant video.list and user.info.stats: sign in again and allow them to see"
                    + " statistics.";
        }
        if (!grant.has(VIDEO_LIST)) {
            return "TikTok did not grant video.list: sign in again and allow it to see your videos' statistics.";
        }
        if (!grant.has(USER_STATS)) {
            return "TikTok did not grant user.info.stats: sign in again and allow it to see follower counts.";
        }
        return null;
    }

    /** The next scheduled snapshot: one interval on, moved by up to the jitter either way. */
    private Instant next(Instant now) {
        long jitter = settings.jitter().toMillis();
        long shift = jitter <= 0 ? 0 : ThreadLocalRandom.current().nextLong(-jitter, jitter + 1);
        Duration wait = settings.interval().plusMillis(shift);
        return now.plus(wait.compareTo(settings.tick()) < 0 ? settings.tick() : wait);
    }

    private static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }
}
