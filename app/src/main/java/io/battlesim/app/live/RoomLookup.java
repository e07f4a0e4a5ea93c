package io.battlesim.app.live;

import io.battlesim.app.battle.RoomBinding;
import java.util.Objects;

/** What the Live API says about a creator: broadcasting, offline, unknown, or the service could not answer. */
public sealed interface RoomLookup {

    /**
     * The creator is LIVE now.
     *
     * @param room the room to bind to a side (host and guests); never null
     * @param displayName the creator's display name, untrusted text; never null
     * @param title the stream title, untrusted text; never null
     * @param viewerCount current viewers
     */
    record Live(RoomBinding room, String displayName, String title, long viewerCount) implements RoomLookup {
        public Live {
            Objects.requireNonNull(room, "room must not be null");
            Objects.requireNonNull(displayName, "displayName must not be null");
            Objects.requireNonNull(title, "title must not be null");
        }
    }

    /**
     * The creator exists but is not broadcasting.
     *
     * @param username the handle asked for; never null
     */
    record Offline(String username) implements RoomLookup {
        public Offline {
            Objects.requireNonNull(username, "username must not be null");
        }
    }

    /**
     * No creator has this username.
     *
     * @param username the handle asked for; never null
     */
    record NotFound(String username) implements RoomLookup {
        public NotFound {
            Objects.requireNonNull(username, "username must not be null");
        }
    }

    /**
     * The Live API could not answer (not configured, unreachable, refused the token, rate limited).
     *
     * @param reason a short sentence for the person starting a battle, without secrets; never null
     */
    record Unavailable(String reason) implements RoomLookup {
        public Unavailable {
            Objects.requireNonNull(reason, "reason must not be null");
        }
    }
}
