package io.battlesim.tiktok.client;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The Display API: the user's profile and public videos; obtain it from {@link TikTokClient#display()}. Every call
 * is a read, so it is retried on 429, server errors and I/O failures, and draws from the client-side per-token limit
 * of its endpoint (600 a minute each by default).
 */
public final class Display {

    static final String USER_INFO_PATH = "/v2/user/info/";
    static final String VIDEO_LIST_PATH = "/v2/video/list/";
    static final String VIDEO_QUERY_PATH = "/v2/video/query/";

    /** The most videos one {@code /v2/video/list/} page holds, and the most ids one query takes. */
    public static final int MAX_VIDEOS_PER_CALL = 20;

    private final ClientSettings settings;
    private final CallExecutor executor;

    Display(ClientSettings settings, CallExecutor executor) {
        this.settings = settings;
        this.executor = executor;
    }

    /**
     * Reads the user's profile with {@code GET /v2/user/info/}; retried on 429, server errors and I/O failures.
     *
     * @param accessToken the user's access token, never null
     * @param fields the fields to request, at least one; each needs its {@link UserField#scope()}
     * @return the profile with the requested fields, never null
     * @throws TikTokApiException with {@code access_token_invalid}, {@code scope_not_authorized}, {@code
     *     scope_permission_missed} or {@code invalid_params}, among others
     */
    public UserInfo userInfo(String accessToken, Set<UserField> fields) {
        Objects.requireNonNull(accessToken, "accessToken must not be null");
        Objects.requireNonNull(fields, "fields must not be null");
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("fields must not be empty");
        }
        String names = EnumSet.copyOf(fields).stream().map(UserField::fieldName).collect(Collectors.joining(","));
        return userInfo(accessToken, names);
    }

    /** Sends {@code fields} verbatim (comma-joined names, already URL-safe), for probing TikTok's validation. */
    UserInfo userInfo(String accessToken, String fieldNames) {
        ApiCall call = new ApiCall(
                USER_INFO_PATH,
                Requests.bearerGet(settings, USER_INFO_PATH + "?fields=" + fieldNames, accessToken),
                RetryScope.ANY_FAILURE,
                accessToken,
                List.of(accessToken, settings.clientSecret()));
        return executor.execute(call, Display::readUser);
    }

    /**
     * One page of the user's public videos with {@code POST /v2/video/list/}, newest first. The page may hold fewer
     * videos than {@code maxCount}, even none, while {@link VideoPage#hasMore()} is true; {@link #videoPages} and
     * {@link #videos} follow the pages for you.
     *
     * @param accessToken the user's access token with {@code video.list}, never null
     * @param fields the fields to request, at least one
     * @param cursor null for the newest videos, else a page's {@link VideoPage#cursor()} (or any UTC timestamp in
     *     milliseconds: the page then holds videos posted before it)
     * @param maxCount 1 to 20, or null for TikTok's default of 10
     * @return the page, never null
     * @throws IllegalArgumentException for no fields, a negative cursor or a count outside 1 to 20
     * @throws TikTokApiException with {@code access_token_invalid}, {@code scope_not_authorized}, {@code
     *     invalid_params} or {@code rate_limit_exceeded}, among others
     */
    public VideoPage videoList(
            String accessToken, Set<VideoField> fields, @Nullable Long cursor, @Nullable Integer maxCount) {
        Objects.requireNonNull(accessToken, "accessToken must not be null");
        String names = VideoRequests.fieldNames(fields);
        String body = VideoRequests.list(cursor, maxCount);
        return executor.execute(videoCall(VIDEO_LIST_PATH, names, accessToken, body), VideoResponses::page);
    }

    /**
     * The newest page of the user's public videos, TikTok's default 10 at most; see {@link #videoList(String, Set,
     * Long, Integer)}.
     */
    public VideoPage videoList(String accessToken, Set<VideoField> fields) {
        return videoList(accessToken, fields, null, null);
    }

    /**
     * Some of the user's videos by id with {@code POST /v2/video/query/}, also the way to refresh expired {@code
     * cover_image_url}s. TikTok leaves out ids that are not the user's own (or no longer public) without an error.
     *
     * @param accessToken the user's access token with {@code video.list}, never null
     * @param fields the fields to request, at least one
     * @param videoIds 1 to 20 ids (duplicates count once), none null
     * @return the videos TikTok found, never null
     * @throws IllegalArgumentException for no fields, no ids, a blank id or more than 20 ids
     * @throws TikTokApiException with {@code access_token_invalid}, {@code scope_not_authorized} or {@code
     *     invalid_params}, among others
     */
    public List<Video> videoQuery(String accessToken, Set<VideoField> fields, Collection<String> videoIds) {
        Objects.requireNonNull(accessToken, "accessToken must not be null");
        String names = VideoRequests.fieldNames(fields);
        String body = VideoRequests.query(videoIds);
        return executor.execute(videoCall(VIDEO_QUERY_PATH, names, accessToken, body), VideoResponses::query);
    }

    /**
     * Every page of the user's videos, newest first, fetched lazily as the stream is consumed: stop early with
     * {@code limit} or {@code takeWhile} and no further page is requested. Each page is one {@code /v2/video/list/}
     * call under the client-side rate limit ({@link RateLimitMode#WAIT} waits, {@link RateLimitMode#FAIL_FAST}
     * throws {@link TikTokRateLimitedException} from the stream). Paging follows {@code has_more}, so short and empty
     * pages are passed over.
     *
     * @param accessToken the user's access token with {@code video.list}, never null
     * @param fields the fields to request, at least one
     * @param pageSize 1 to 20 videos a call
     * @return the pages, never null
     * @throws IllegalArgumentException for no fields or a page size outside 1 to 20
     * @throws TikTokApiException from the stream, as {@link #videoList(String, Set, Long, Integer)} does, or with
     *     {@link TikTokApiException#UNEXPECTED_RESPONSE} when TikTok's cursor stops moving back while it says more
     *     pages follow
     */
    public Stream<VideoPage> videoPages(String accessToken, Set<VideoField> fields, int pageSize) {
        Objects.requireNonNull(accessToken, "accessToken must not be null");
        return videoPages(cursor -> videoList(accessToken, fields, cursor, pageSize), fields, pageSize);
    }

    /**
     * Every one of the user's public videos, newest first, 20 a call, fetched lazily; see {@link #videoPages}.
     *
     * @param accessToken the user's access token with {@code video.list}, never null
     * @param fields the fields to request, at least one
     * @return the videos, never null
     */
    public Stream<Video> videos(String accessToken, Set<VideoField> fields) {
        return videoPages(accessToken, fields, MAX_VIDEOS_PER_CALL).flatMap(page -> page.videos().stream());
    }

    /** Validates eagerly, so that a bad argument fails at the call rather than at the first use of the stream. */
    static Stream<VideoPage> videoPages(
            Function<@Nullable Long, VideoPage> fetch, Set<VideoField> fields, int pageSize) {
        VideoRequests.fieldNames(fields);
        VideoRequests.requirePageSize(pageSize, "pageSize");
        return VideoPager.pages(fetch, null);
    }

    private ApiCall videoCall(String path, String fieldNames, String accessToken, String body) {
        return new ApiCall(
                path,
                Requests.bearerJsonPost(settings, path + "?fields=" + fieldNames, accessToken, body),
                RetryScope.ANY_FAILURE, // both only read
                accessToken,
                List.of(accessToken, settings.clientSecret()));
    }

    private static UserInfo readUser(Exchange exchange) {
        JsonNode user = ResponseBodies.requireV2Data(exchange).path("user");
        if (!user.isObject()) {
            throw ResponseBodies.unexpected(exchange, "no data.user object");
        }
        return new UserInfo(
                Json.text(user, "open_id"),
                Json.text(user, "union_id"),
                Json.text(user, "avatar_url"),
                Json.text(user, "avatar_url_100"),
                Json.text(user, "avatar_large_url"),
                Json.text(user, "display_name"),
                Json.text(user, "bio_description"),
                Json.text(user, "profile_deep_link"),
                Json.bool(user, "is_verified"),
                Json.text(user, "username"),
                Json.number(user, "follower_count"),
                Json.number(user, "following_count"),
                Json.number(user, "likes_count"),
                Json.number(user, "video_count"));
    }

    @Override
    public String toString() {
        return "Display[apiBaseUri=" + settings.apiBaseUri() + "]";
    }
}
