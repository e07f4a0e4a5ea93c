package io.battlesim.tiktok.emulator.publish;

import io.battlesim.tiktok.emulator.faults.Faults;
import io.battlesim.tiktok.emulator.webhooks.Webhooks;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Creates publish tasks and moves them along the timetable on the emulator clock: on every status fetch, on
 * {@link Publishing#tick()}, and every 200 ms on a background thread started with the first task. Webhook events
 * go to {@link Webhooks}, which delivers them off the calling thread.
 */
final class PublishFlow implements AutoCloseable {

    private static final long TICK_MILLIS = 200;

    private final PublishTasks tasks;
    private final UrlOwnership ownership;
    private final Faults faults;
    private final Webhooks webhooks;
    private final Clock clock;
    private final MediaPuller puller;
    private final VideoListing listing;
    private volatile PublishTimetable timetable;
    private @Nullable ScheduledExecutorService ticker;
    private boolean closed;

    PublishFlow(
            PublishTasks tasks,
            UrlOwnership ownership,
            Faults faults,
            Webhooks webhooks,
            Clock clock,
            PublishTimetable timetable,
            VideoListing listing) {
        this.tasks = tasks;
        this.ownership = ownership;
        this.faults = faults;
        this.webhooks = webhooks;
        this.clock = clock;
        this.timetable = timetable;
        this.puller = new MediaPuller(clock);
        this.listing = listing;
    }

    void timetable(PublishTimetable newTimetable) {
        this.timetable = newTimetable;
        advance();
    }

    PublishTimetable timetable() {
        return timetable;
    }

    PublishTask create(Caller caller, PublishKind kind, PostSettings post, MediaSource media, PublishLimits limits) {
        for (URI url : media.urls()) {
            if (!ownership.covers(url)) {
                throw PublishError.forbidden(
                        "url_ownership_unverified",
                        "The media URL is not on a domain or URL prefix verified for this app: " + url);
            }
        }
        Instant now = clock.instant();
        TaskOrigin origin = new TaskOrigin(
                tasks.newPublishId(kind, media.fileUpload()),
                kind,
                caller.app().clientKey(),
                caller.account().openId(),
                caller.account().username(),
                now);
        UploadTicket upload = media.plan() == null
                ? null
                : new UploadTicket(
                        tasks.newUploadId(), tasks.newUploadToken(), media.plan(), now.plus(limits.uploadUrlTtl()));
        PublishTask task = new PublishTask(origin, post, media, becomesPublic(caller, kind, post), upload);
        tasks.add(task, now);
        if (!media.fileUpload()) {
            puller.start(task);
        }
        startTicker();
        return task;
    }

    /** Moves every task as far as the clock allows and sends the resulting webhooks. */
    void advance() {
        Instant now = clock.instant();
        for (PublishTask task : tasks.all()) {
            emit(task, task.advance(now, timetable, faults::drawPublishFailure, tasks::newPostId));
        }
    }

    void emit(PublishTask task, List<PublishEvent> events) {
        for (PublishEvent event : events) {
            listing.on(task, event); // first, so an app acting on the webhook finds the post listed
            webhooks.send(task.origin().clientKey(), event.name(), task.origin().openId(), event.content());
        }
    }

    Instant now() {
        return clock.instant();
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (ticker != null) {
            ticker.shutdownNow();
        }
        puller.close();
    }

    // Inbox drafts are posted by the creator in TikTok's editor: public unless an unaudited app forces private.
    private static boolean becomesPublic(Caller caller, PublishKind kind, PostSettings post) {
        return kind.direct()
                ? "PUBLIC_TO_EVERYONE".equals(post.privacyLevel())
                : caller.app().audited();
    }

    private synchronized void startTicker() {
        if (ticker != null || closed) {
            return;
        }
        ticker = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("emulator-publish-timetable").factory());
        ticker.scheduleWithFixedDelay(this::safeAdvance, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void safeAdvance() {
        try {
            advance();
        } catch (RuntimeException e) {
            System.getLogger(PublishFlow.class.getName())
                    .log(System.Logger.Level.ERROR, "publish timetable step failed", e);
        }
    }
}
