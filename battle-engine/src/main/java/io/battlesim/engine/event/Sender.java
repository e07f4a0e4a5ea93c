package io.battlesim.engine.event;

import java.util.Objects;

/**
 * The viewer behind a LIVE event.
 *
 * @param userId TikTok's numeric user id as text; never null
 * @param uniqueId the handle ({@code @name} without the at sign); never null
 * @param nickname the display name, untrusted text; never null
 */
public record Sender(String userId, String uniqueId, String nickname) {

    public Sender {
        Objects.requireNonNull(userId, "userId must not be null");
        Objects.requireNonNull(uniqueId, "uniqueId must not be null");
        Objects.requireNonNull(nickname, "nickname must not be null");
    }
}
