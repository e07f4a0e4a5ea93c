package io.battlesim.tiktok.client;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/** The Display API (user profile data); obtain it from {@link TikTokClient#display()}. */
public final class Display {

    static final String USER_INFO_PATH = "/v2/user/info/";

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
