package io.battlesim.tiktok.client;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * TikTok's Content Posting API: creator info, video and photo init, status, cancel, and the chunked upload; obtain
 * it from {@link TikTokClient#contentPosting()}.
 *
 * <p>Init calls are not idempotent (each may create a post), so they are retried only when the connection could not
 * be opened. Creator info and status are retried on 429, server errors and I/O failures. Every call draws from the
 * client-side per-token rate limit of its endpoint (6/min init, 20/min creator info, 30/min status).
 */
public final class ContentPosting {

    static final String CREATOR_INFO_PATH = "/v2/post/publish/creator_info/query/";
    static final String VIDEO_INIT_PATH = "/v2/post/publish/video/init/";
    static final String INBOX_VIDEO_INIT_PATH = "/v2/post/publish/inbox/video/init/";
    static final String CONTENT_INIT_PATH = "/v2/post/publish/content/init/";
    static final String STATUS_PATH = "/v2/post/publish/status/fetch/";
    static final String CANCEL_PATH = "/v2/post/publish/cancel/";

    /** The default pause between status fetches: well inside the 30/min limit. */
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(5);

    private final ClientSettings settings;
    private final CallExecutor executor;
    private final ChunkUploader uploader;

    ContentPosting(ClientSettings settings, CallExecutor executor, ChunkUploader uploader) {
        this.settings = settings;
        this.executor = executor;
        this.uploader = uploader;
    }

    /**
     * What the creator may post now; call it before every Direct Post. The daily-cap and ban codes that TikTok
     * sends with HTTP 200 here surface as exceptions too.
     *
     * @throws TikTokApiException with {@code spam_risk_too_many_posts}, {@code spam_risk_user_banned_from_posting},
     *     {@code reached_active_user_cap}, {@code access_token_invalid} or {@code scope_not_authorized}, among others
     */
    public CreatorInfo creatorInfo(String accessToken) {
        return call(CREATOR_INFO_PATH, accessToken, "", RetryScope.ANY_FAILURE, PublishResponses::creatorInfo);
    }

    /**
     * Starts a Direct Post video. For {@link MediaSource#fileUpload} the ticket carries the upload URL; upload the
     * file with the same plan within its hour.
     *
     * @throws TikTokApiException with {@code privacy_level_option_mismatch}, {@code spam_risk_too_many_posts},
     *     {@code unaudited_client_can_only_post_to_private_accounts}, {@code url_ownership_unverified} or {@code
     *     invalid_param}, among others
     */
    public PublishTicket initDirectVideo(String accessToken, PostInfo post, MediaSource source) {
        Objects.requireNonNull(post, "post must not be null");
        Objects.requireNonNull(source, "source must not be null");
        return init(VIDEO_INIT_PATH, accessToken, PublishRequests.directVideo(post, source));
    }

    /**
     * Uploads a video to the creator's inbox, where they finish the post in TikTok.
     *
     * @throws TikTokApiException with {@code spam_risk_too_many_pending_share} or {@code url_ownership_unverified},
     *     among others
     */
    public PublishTicket initInboxVideo(String accessToken, MediaSource source) {
        Objects.requireNonNull(source, "source must not be null");
        return init(INBOX_VIDEO_INIT_PATH, accessToken, PublishRequests.inboxVideo(source));
    }

    /**
     * Starts a photo post (direct or to the inbox); TikTok pulls the images from their verified URLs.
     *
     * @throws TikTokApiException with {@code url_ownership_unverified}, {@code privacy_level_option_mismatch} or
     *     {@code app_version_check_failed}, among others
     */
    public PublishTicket initPhotos(String accessToken, PhotoPost post) {
        Objects.requireNonNull(post, "post must not be null");
        return init(CONTENT_INIT_PATH, accessToken, PublishRequests.photos(post));
    }

    /**
     * The publish task's current status; never null.
     *
     * @throws TikTokApiException with {@code invalid_publish_id} or {@code
     *     token_not_authorized_for_specified_publish_id}, among others
     */
    public PublishStatus fetchStatus(String accessToken, String publishId) {
        Objects.requireNonNull(publishId, "publishId must not be null");
        return call(
                STATUS_PATH,
                accessToken,
                PublishRequests.publishId(publishId),
                RetryScope.ANY_FAILURE,
                PublishResponses::status);
    }

    /**
     * Asks TikTok to cancel a publish task (best effort).
     *
     * @throws TikTokApiException with {@code publish_not_cancellable} or {@code invalid_publish_id}, among others
     */
    public void cancel(String accessToken, String publishId) {
        Objects.requireNonNull(publishId, "publishId must not be null");
        call(
                CANCEL_PATH,
                accessToken,
                PublishRequests.publishId(publishId),
                RetryScope.CONNECT_FAILURE_ONLY,
                ResponseBodies::requireV2Data);
    }

    /**
     * Uploads the whole file to the ticket's upload URL, chunk by chunk as planned, streaming from the source.
     *
     * @param uploadUrl the ticket's upload URL, used verbatim, never null
     * @param plan the plan sent at init, never null
     * @param source the file's bytes, never null
     * @param listener hears progress, never null
     * @return the result once TikTok answered 201 to the last chunk, never null
     * @throws TikTokUploadException when a chunk fails beyond its retries or is refused; it says where to resume
     */
    public UploadResult upload(URI uploadUrl, ChunkPlan plan, UploadSource source, UploadListener listener) {
        return resume(uploadUrl, plan, source, 0, listener);
    }

    /**
     * Continues an interrupted upload from {@code confirmedBytes} (a chunk boundary, as reported by {@link
     * TikTokUploadException#confirmedBytes()} or the status's uploaded bytes) while the upload URL is valid.
     *
     * @throws IllegalArgumentException when {@code confirmedBytes} is not a chunk boundary of the plan
     * @throws TikTokUploadException when a chunk fails beyond its retries or is refused
     */
    public UploadResult resume(
            URI uploadUrl, ChunkPlan plan, UploadSource source, long confirmedBytes, UploadListener listener) {
        Objects.requireNonNull(uploadUrl, "uploadUrl must not be null");
        Objects.requireNonNull(plan, "plan must not be null");
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(listener, "listener must not be null");
        return uploader.upload(uploadUrl, plan, source, confirmedBytes, listener);
    }

    /** A poller fetching every {@link #DEFAULT_POLL_INTERVAL} for at most {@code maxWait}; never null. */
    public StatusPoller poller(Duration maxWait) {
        return poller(DEFAULT_POLL_INTERVAL, maxWait);
    }

    /**
     * A poller fetching every {@code interval} until the status settles or {@code maxWait} has passed, on the
     * client's clock and sleeper; never null.
     */
    public StatusPoller poller(Duration interval, Duration maxWait) {
        return new StatusPoller(this, interval, maxWait, Integer.MAX_VALUE, settings.clock(), settings.sleeper());
    }

    private PublishTicket init(String path, String accessToken, String body) {
        return call(path, accessToken, body, RetryScope.CONNECT_FAILURE_ONLY, PublishResponses::ticket);
    }

    private <T> T call(String path, String accessToken, String body, RetryScope scope, Function<Exchange, T> reader) {
        Objects.requireNonNull(accessToken, "accessToken must not be null");
        ApiCall call = new ApiCall(
                path,
                Requests.bearerJsonPost(settings, path, accessToken, body),
                scope,
                accessToken,
                List.of(accessToken, settings.clientSecret()));
        return executor.execute(call, reader);
    }

    @Override
    public String toString() {
        return "ContentPosting[apiBaseUri=" + settings.apiBaseUri() + "]";
    }
}
