package io.battlesim.app.auth.token;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What an attempt to refresh a user's access token came to. */
public sealed interface RefreshOutcome {

    /** TikTok issued new tokens; they are stored (with the rotated refresh token). */
    record Refreshed(StoredTokens tokens) implements RefreshOutcome {
        public Refreshed {
            Objects.requireNonNull(tokens, "tokens must not be null");
        }
    }

    /** TikTok refused the refresh token (or it had expired): the connection is now marked expired. */
    record Refused(String errorCode, @Nullable String logId) implements RefreshOutcome {
        public Refused {
            Objects.requireNonNull(errorCode, "errorCode must not be null");
        }
    }

    /** TikTok could not be reached or answered with a temporary error; try again later. */
    record Failed(String reason) implements RefreshOutcome {
        public Failed {
            Objects.requireNonNull(reason, "reason must not be null");
        }
    }

    /** No usable tokens are stored for the user. */
    record NotConnected() implements RefreshOutcome {}
}
