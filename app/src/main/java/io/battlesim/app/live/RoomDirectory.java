package io.battlesim.app.live;

import io.battlesim.app.live.api.LiveApiClient;
import io.battlesim.app.live.api.LiveCredentials;
import io.battlesim.app.live.api.LiveEndpoint;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Looks creators up on the Live API: is the creator LIVE, which room, who hosts it. Used by the start-battle page
 * (clear errors for "not live", "does not exist", "LIVE service unavailable") and the demo battle.
 */
@Service
public class RoomDirectory {

    private final LiveApiClient client;
    private final LiveCredentials credentials;

    RoomDirectory(LiveApiClient client, LiveCredentials credentials) {
        this.client = client;
        this.credentials = credentials;
    }

    /**
     * Looks {@code username} up with the app's own credentials (emulator mode: a sandbox account; real mode: none,
     * so the answer is {@link RoomLookup.Unavailable} asking to sign in).
     *
     * @param username the creator's handle, with or without {@code @}; never null
     * @return the answer; never null
     */
    public RoomLookup lookup(String username) {
        return lookup(username, null);
    }

    /**
     * Looks {@code username} up on behalf of the app user {@code userId} (their TikTok access token).
     *
     * @param username the creator's handle, with or without {@code @}; never null
     * @param userId the signed-in user, or null for none
     * @return the answer; never null
     */
    public RoomLookup lookup(String username, @Nullable Long userId) {
        Objects.requireNonNull(username, "username must not be null");
        String handle = username.strip();
        if (handle.isEmpty() || handle.equals("@")) {
            return new RoomLookup.NotFound(username);
        }
        if (client.endpoint() instanceof LiveEndpoint.NotConfigured notConfigured) {
            return new RoomLookup.Unavailable(notConfigured.reason());
        }
        Optional<String> token = credentials.tokenFor(userId);
        if (token.isEmpty()) {
            return new RoomLookup.Unavailable(credentials.missingReason(userId));
        }
        var refused = new boolean[1];
        RoomLookup answer = client.lookup(handle, token.get(), () -> refused[0] = true);
        if (!refused[0]) {
            return answer;
        }
        // A cached demo token may have been revoked on the emulator's status page: sign in again, once.
        credentials.refused(token.get());
        Optional<String> renewed = credentials.tokenFor(userId);
        return renewed.isEmpty() || renewed.get().equals(token.get()) ? answer : client.lookup(handle, renewed.get());
    }
}
