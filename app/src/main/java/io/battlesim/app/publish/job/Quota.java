package io.battlesim.app.publish.job;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A creator's posting allowance right now.
 *
 * @param requestsLeft post requests left this minute
 * @param requestsFreeAt when the next request frees up, null while some are left
 * @param postsLeft posts left in the last 24 hours
 * @param postsFreeAt when the next post frees up, null while some are left
 */
public record Quota(
        int requestsLeft,
        @Nullable Instant requestsFreeAt,
        int postsLeft,
        @Nullable Instant postsFreeAt) {

    /** Whether a post may be requested now. */
    public boolean allowsPost() {
        return requestsLeft > 0 && postsLeft > 0;
    }

    /** When posting becomes possible again, or null if it is possible now. */
    public @Nullable Instant nextPostAt() {
        if (postsLeft <= 0) {
            return postsFreeAt;
        }
        return requestsLeft <= 0 ? requestsFreeAt : null;
    }
}
