package io.battlesim.tiktok.client;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One user's authenticated view of the API: loads tokens from a {@link TokenStore}, refreshes them shortly before
 * they expire or once when TikTok answers {@code access_token_invalid}, and saves every rotated set before
 * returning. Thread-safe; sessions of the same user on the same client never refresh concurrently.
 */
public final class UserSession {

    private final TikTokClient client;
    private final String openId;
    private final TokenStore store;
    private final Duration refreshSkew;
    private final ReentrantLock refreshLock;

    UserSession(TikTokClient client, String openId, TokenStore store, Duration refreshSkew, ReentrantLock lock) {
        this.client = client;
        this.openId = openId;
        this.store = store;
        this.refreshSkew = refreshSkew;
        this.refreshLock = lock;
    }

    /** The user's open id; never null. */
    public String openId() {
        return openId;
    }

    /**
     * The stored tokens, refreshed and saved first when the access token expires within the refresh skew.
     *
     * @return tokens whose access token is valid for at least the skew, never null
     * @throws IllegalStateException when the store holds no tokens for this user
     * @throws TikTokApiException with {@code invalid_grant} when the refresh token no longer works
     */
    public TokenSet tokens() {
        TokenSet current = load();
        if (!expiresSoon(current)) {
            return current;
        }
        refreshLock.lock();
        try {
            TokenSet latest = load();
            return expiresSoon(latest) ? refreshAndSave(latest) : latest;
        } finally {
            refreshLock.unlock();
        }
    }

    /** A valid access token, refreshed first if needed; never null. */
    public String accessToken() {
        return tokens().accessToken();
    }

    /** The user's profile, see {@link Display#userInfo(String, Set)}; never null. */
    public UserInfo userInfo(Set<UserField> fields) {
        Objects.requireNonNull(fields, "fields must not be null");
        return withAccessToken(token -> client.display().userInfo(token, fields));
    }

    /** One page of the user's videos, see {@link Display#videoList(String, Set, Long, Integer)}; never null. */
    public VideoPage videoList(Set<VideoField> fields, @Nullable Long cursor, @Nullable Integer maxCount) {
        Objects.requireNonNull(fields, "fields must not be null");
        return withAccessToken(token -> client.display().videoList(token, fields, cursor, maxCount));
    }

    /** Some of the user's videos by id, see {@link Display#videoQuery(String, Set, Collection)}; never null. */
    public List<Video> videoQuery(Set<VideoField> fields, Collection<String> videoIds) {
        Objects.requireNonNull(fields, "fields must not be null");
        Objects.requireNonNull(videoIds, "videoIds must not be null");
        return withAccessToken(token -> client.display().videoQuery(token, fields, videoIds));
    }

    /**
     * Every page of the user's videos, lazily, see {@link Display#videoPages(String, Set, int)}; each page is fetched
     * with a valid access token, so a walk survives a token refresh. Never null.
     */
    public Stream<VideoPage> videoPages(Set<VideoField> fields, int pageSize) {
        return Display.videoPages(cursor -> videoList(fields, cursor, pageSize), fields, pageSize);
    }

    /** Every one of the user's videos, newest first, 20 a call, lazily; see {@link #videoPages}. Never null. */
    public Stream<Video> videos(Set<VideoField> fields) {
        return videoPages(fields, Display.MAX_VIDEOS_PER_CALL).flatMap(page -> page.videos().stream());
    }

    /**
     * Runs an API call with a valid access token; when TikTok answers {@code access_token_invalid}, refreshes once
     * (unless another caller already did) and runs it again.
     */
    public <T> T withAccessToken(Function<String, T> apiCall) {
        Objects.requireNonNull(apiCall, "apiCall must not be null");
        TokenSet used = tokens();
        try {
            return apiCall.apply(used.accessToken());
        } catch (TikTokApiException e) {
            if (!e.isAccessTokenInvalid()) {
                throw e;
            }
            return apiCall.apply(refreshUnlessAlreadyReplaced(used).accessToken());
        }
    }

    /** Refreshes now, whatever the expiry, and saves the rotated tokens; never null. */
    public TokenSet refresh() {
        refreshLock.lock();
        try {
            return refreshAndSave(load());
        } finally {
            refreshLock.unlock();
        }
    }

    private TokenSet refreshUnlessAlreadyReplaced(TokenSet used) {
        refreshLock.lock();
        try {
            TokenSet latest = load();
            boolean replacedMeanwhile = !latest.accessToken().equals(used.accessToken());
            return replacedMeanwhile ? latest : refreshAndSave(latest);
        } finally {
            refreshLock.unlock();
        }
    }

    private TokenSet refreshAndSave(TokenSet stale) {
        TokenSet rotated = client.oauth().refresh(stale.refreshToken());
        store.save(rotated);
        return rotated;
    }

    private TokenSet load() {
        return store.find(openId)
                .orElseThrow(() -> new IllegalStateException("no tokens stored for open_id " + openId));
    }

    private boolean expiresSoon(TokenSet tokens) {
        return tokens.accessTokenExpiresWithin(refreshSkew, client.clock().instant());
    }

    @Override
    public String toString() {
        return "UserSession[openId=" + openId + ", refreshSkew=" + refreshSkew + "]";
    }
}
