package io.battlesim.tiktok.emulator.publish;

import io.battlesim.tiktok.emulator.RegisteredApp;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The posting limits of §4.11: banned creators, the per-creator daily cap on direct posts, pending inbox shares,
 * and the active-user cap of unaudited apps. Counted from the task store, so they slide with the emulator clock.
 */
final class Quotas {

    static final String TOO_MANY_POSTS = "spam_risk_too_many_posts";
    static final String BANNED = "spam_risk_user_banned_from_posting";
    static final String ACTIVE_USER_CAP = "reached_active_user_cap";

    private final PublishTasks tasks;
    private final Set<String> bannedOpenIds = ConcurrentHashMap.newKeySet();
    private volatile PublishLimits limits;

    Quotas(PublishTasks tasks, PublishLimits limits) {
        this.tasks = tasks;
        this.limits = limits;
    }

    void limits(PublishLimits newLimits) {
        this.limits = newLimits;
    }

    PublishLimits limits() {
        return limits;
    }

    void ban(String openId, boolean banned) {
        if (banned) {
            bannedOpenIds.add(openId);
        } else {
            bannedOpenIds.remove(openId);
        }
    }

    /** The {@code error.code} creator_info reports with HTTP 200, if any. */
    Optional<String> creatorInfoBlock(RegisteredApp app, String openId, Instant now) {
        if (bannedOpenIds.contains(openId)) {
            return Optional.of(BANNED);
        }
        if (activeUserCapReached(app, openId, now)) {
            return Optional.of(ACTIVE_USER_CAP);
        }
        return postsLeftToday(openId, now) <= 0 ? Optional.of(TOO_MANY_POSTS) : Optional.empty();
    }

    void checkBanned(String openId) {
        if (bannedOpenIds.contains(openId)) {
            throw PublishError.forbidden(BANNED, "This user is banned from posting.");
        }
    }

    void checkDirectPost(RegisteredApp app, String openId, Instant now) {
        checkActiveUsers(app, openId, now);
        if (postsLeftToday(openId, now) <= 0) {
            throw PublishError.forbidden(
                    TOO_MANY_POSTS, "The creator reached the daily limit of posts made through the API.");
        }
    }

    void checkPendingShares(RegisteredApp app, String openId, Instant now) {
        checkActiveUsers(app, openId, now);
        long pending = tasks.countLastDay(now, task -> task.origin().openId().equals(openId) && task.pendingShare());
        if (pending >= limits.pendingSharesPerCreator()) {
            throw PublishError.forbidden(
                    "spam_risk_too_many_pending_share",
                    "The creator has too many shares waiting in the inbox; post or discard them first.");
        }
    }

    long postsLeftToday(String openId, Instant now) {
        long posted = tasks.countLastDay(
                now, task -> task.kind().direct() && task.origin().openId().equals(openId) && task.counted());
        return Math.max(0, limits.dailyPostsPerCreator() - posted);
    }

    private void checkActiveUsers(RegisteredApp app, String openId, Instant now) {
        if (activeUserCapReached(app, openId, now)) {
            throw PublishError.forbidden(
                    ACTIVE_USER_CAP, "This unaudited app reached its daily limit of users who can post.");
        }
    }

    private boolean activeUserCapReached(RegisteredApp app, String openId, Instant now) {
        return !app.audited()
                && !tasks.creatorActiveLastDay(now, app.clientKey(), openId)
                && tasks.distinctCreatorsLastDay(now, app.clientKey()) >= limits.unauditedActiveUsers();
    }
}
