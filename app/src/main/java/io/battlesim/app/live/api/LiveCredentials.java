package io.battlesim.app.live.api;

import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;

/**
 * Which access token the Live API is called with: the battle owner's (or the signed-in user's) TikTok token; without
 * a user, in emulator mode, the demo sandbox account's; otherwise none.
 */
public final class LiveCredentials {

    private final LongFunction<Optional<String>> userTokens;
    private final @Nullable DemoCredentials demo;

    /**
     * Credentials from users' tokens and, in emulator mode, the demo account.
     *
     * @param userTokens a user's fresh access token by app user id; never null
     * @param demo the demo account's credentials, or null in real mode
     */
    public LiveCredentials(LongFunction<Optional<String>> userTokens, @Nullable DemoCredentials demo) {
        this.userTokens = Objects.requireNonNull(userTokens, "userTokens must not be null");
        this.demo = demo;
    }

    /**
     * The token for calls on behalf of {@code userId}.
     *
     * @param userId the app user, or null for none (demo battle, signed-out visitor)
     * @return the token, or empty when there is none to use
     */
    public Optional<String> tokenFor(@Nullable Long userId) {
        if (userId != null) {
            Optional<String> token = userTokens.apply(userId);
            if (token.isPresent() || demo == null) {
                return token;
            }
        }
        return demo == null ? Optional.empty() : demo.accessToken();
    }

    /** Why {@link #tokenFor} found nothing, as a sentence for the person starting a battle. */
    public String missingReason(@Nullable Long userId) {
        if (demo != null) {
            return "The built-in emulator did not issue an access token; see the server log.";
        }
        return userId == null
                ? "Sign in with TikTok: LIVE rooms are looked up with your access token."
                : "Your TikTok connection has expired: sign in with TikTok again.";
    }

    /** Reports that the Live API refused {@code token}, so a cached demo token is not used again. */
    public void refused(String token) {
        if (demo != null) {
            demo.refused(token);
        }
    }
}
