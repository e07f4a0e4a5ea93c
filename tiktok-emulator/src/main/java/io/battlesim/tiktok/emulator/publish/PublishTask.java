package io.battlesim.tiktok.emulator.publish;

import io.battlesim.tiktok.emulator.videos.PublishedPost;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One publish task and its state machine (§4.9): direct flows end in {@code PUBLISH_COMPLETE} or {@code FAILED};
 * inbox flows pass {@code SEND_TO_USER_INBOX} first. Every transition happens under this object's lock, so each
 * webhook event is produced exactly once.
 */
final class PublishTask {

    private final TaskOrigin origin;
    private final PostSettings post;
    private final MediaSource media;
    private final boolean becomesPublic;
    private final @Nullable UploadTicket upload;
    private PublishState state;
    private @Nullable String failReason;
    private long uploadedBytes;
    private long downloadedBytes;
    private long mediaBytes;
    private boolean chunkInFlight;
    private @Nullable Instant mediaReadyAt;
    private @Nullable Instant inboxAt;
    private @Nullable Instant completedAt;
    private @Nullable String pullFailure;
    private @Nullable Future<?> pull;
    private final List<Long> postIds = new ArrayList<>();

    PublishTask(
            TaskOrigin origin,
            PostSettings post,
            MediaSource media,
            boolean becomesPublic,
            @Nullable UploadTicket upload) {
        this.origin = origin;
        this.post = post;
        this.media = media;
        this.becomesPublic = becomesPublic;
        this.upload = upload;
        this.state = media.fileUpload() ? PublishState.PROCESSING_UPLOAD : PublishState.PROCESSING_DOWNLOAD;
    }

    String publishId() {
        return origin.publishId();
    }

    PublishKind kind() {
        return origin.kind();
    }

    TaskOrigin origin() {
        return origin;
    }

    MediaSource media() {
        return media;
    }

    Optional<UploadTicket> upload() {
        return Optional.ofNullable(upload);
    }

    synchronized PublishState state() {
        return state;
    }

    synchronized boolean pendingShare() {
        return !kind().direct() && state != PublishState.PUBLISH_COMPLETE && state != PublishState.FAILED;
    }

    synchronized boolean counted() {
        return state != PublishState.FAILED;
    }

    // --- FILE_UPLOAD ---

    synchronized long uploadedBytes() {
        return uploadedBytes;
    }

    synchronized boolean acceptsChunks() {
        return state == PublishState.PROCESSING_UPLOAD && mediaReadyAt == null;
    }

    synchronized boolean beginChunk(long first) {
        if (chunkInFlight || first != uploadedBytes || !acceptsChunks()) {
            return false;
        }
        chunkInFlight = true;
        return true;
    }

    /** Commits a fully received chunk; true when it was the last one. */
    synchronized boolean endChunk(long bytes, long videoSize, Instant now) {
        chunkInFlight = false;
        uploadedBytes += bytes;
        if (uploadedBytes == videoSize) {
            mediaReady(videoSize, now);
            return true;
        }
        return false;
    }

    synchronized void abortChunk() {
        chunkInFlight = false;
    }

    // --- PULL_FROM_URL ---

    synchronized void pullStarted(Future<?> future) {
        this.pull = future;
    }

    synchronized void downloaded(long bytes) {
        downloadedBytes += bytes;
    }

    synchronized void pullSucceeded(Instant now) {
        if (state == PublishState.PROCESSING_DOWNLOAD) {
            mediaReady(downloadedBytes, now);
        }
    }

    synchronized void pullFailed(String reason) {
        if (state == PublishState.PROCESSING_DOWNLOAD && pullFailure == null) {
            pullFailure = reason;
        }
    }

    // --- transitions ---

    synchronized PublishEvent cancel() {
        if (state.terminal() || state == PublishState.SEND_TO_USER_INBOX || mediaReadyAt != null) {
            throw new PublishError(400, "publish_not_cancellable", "The publish task can no longer be cancelled.");
        }
        if (pull != null) {
            pull.cancel(true);
        }
        return fail("publish_cancelled");
    }

    synchronized Optional<PublishEvent> failIfRunning(String reason) {
        return state.terminal() ? Optional.empty() : Optional.of(fail(reason));
    }

    synchronized PublishEvent postFromInbox(Instant now) {
        if (state != PublishState.SEND_TO_USER_INBOX) {
            throw new IllegalStateException(publishId() + " is " + state + ", not SEND_TO_USER_INBOX");
        }
        return complete(now);
    }

    synchronized Optional<PublishEvent> takeDown(long postId) {
        if (!postIds.remove(postId)) {
            return Optional.empty();
        }
        return Optional.of(PublishEvent.of("post.publish.no_longer_publicaly_available", this, "post_id", postId));
    }

    synchronized boolean hasPost(long postId) {
        return postIds.contains(postId);
    }

    /** Moves on as far as the clock allows; returns the webhook events of the steps taken. */
    synchronized List<PublishEvent> advance(
            Instant now, PublishTimetable timetable, Supplier<Optional<String>> faults, LongSupplier postIds) {
        List<PublishEvent> events = new ArrayList<>();
        if (pullFailure != null && state == PublishState.PROCESSING_DOWNLOAD) {
            events.add(fail(pullFailure));
        }
        if (mediaReadyAt != null
                && (state == PublishState.PROCESSING_UPLOAD || state == PublishState.PROCESSING_DOWNLOAD)
                && !now.isBefore(mediaReadyAt.plus(timetable.processingOf(mediaBytes)))) {
            Optional<String> failure = faults.get();
            events.add(failure.isPresent() ? fail(failure.get()) : processed(now));
        }
        if (state == PublishState.SEND_TO_USER_INBOX
                && timetable.autoPostFromInbox()
                && inboxAt != null
                && !now.isBefore(inboxAt.plus(timetable.inboxUserPost()))) {
            events.add(complete(now));
        }
        if (state == PublishState.PUBLISH_COMPLETE
                && becomesPublic
                && this.postIds.isEmpty()
                && completedAt != null
                && !now.isBefore(completedAt.plus(timetable.moderation()))) {
            long postId = postIds.getAsLong();
            this.postIds.add(postId);
            events.add(PublishEvent.of("post.publish.publicly_available", this, "post_id", postId));
        }
        return events;
    }

    /** The post as it enters the video list; call once it is {@code PUBLISH_COMPLETE}. */
    synchronized PublishedPost publishedPost(long postId) {
        if (completedAt == null) {
            throw new IllegalStateException(publishId() + " is " + state + ", not published");
        }
        boolean photo = kind().photo();
        return new PublishedPost(
                origin.openId(),
                postId,
                post.title(),
                photo ? post.description() : "",
                completedAt,
                photo ? media.urls().size() : 0);
    }

    synchronized PublishSnapshot snapshot() {
        return new PublishSnapshot(
                publishId(),
                kind(),
                origin.clientKey(),
                origin.username(),
                origin.openId(),
                state,
                failReason,
                postIds,
                post.title(),
                post.privacyLevel(),
                media.fileUpload(),
                uploadedBytes,
                downloadedBytes,
                origin.createdAt());
    }

    private void mediaReady(long bytes, Instant now) {
        mediaBytes = bytes;
        mediaReadyAt = now;
    }

    private PublishEvent processed(Instant now) {
        if (kind().direct()) {
            return complete(now);
        }
        state = PublishState.SEND_TO_USER_INBOX;
        inboxAt = now;
        return PublishEvent.of("post.publish.inbox_delivered", this);
    }

    private PublishEvent complete(Instant now) {
        state = PublishState.PUBLISH_COMPLETE;
        completedAt = now;
        return PublishEvent.of("post.publish.complete", this);
    }

    private PublishEvent fail(String reason) {
        state = PublishState.FAILED;
        failReason = reason;
        chunkInFlight = false;
        return PublishEvent.of("post.publish.failed", this, "reason", reason);
    }
}
