package io.battlesim.engine.event;

import io.battlesim.engine.audience.VoteChannel;
import io.battlesim.engine.powerup.PowerUpKind;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A viewer's vote for a side, optionally spent on filling one of the side's booster goals. The app has already
 * identified the voter (a signed viewer cookie, a TikTok account, or a chat comment's user id); the battle applies
 * the audience rules (one vote per viewer per window, goals, cooldowns) and answers accepted or rejected with a
 * reason. The id is claimed either way, so a replayed vote is a duplicate.
 *
 * @param eventId an id making the vote idempotent; never null
 * @param voterId who voted, with a prefix naming the identity's kind ({@code web:}, {@code tiktok:}, {@code
 *     chat:}); never null
 * @param sideId the side voted for; never null
 * @param booster the booster the vote fills, or null for a plain vote
 * @param channel where it came from; never null
 * @param timestamp when it was cast, epoch milliseconds
 */
public record AudienceVote(
        String eventId,
        String voterId,
        String sideId,
        @Nullable PowerUpKind booster,
        VoteChannel channel,
        long timestamp)
        implements BattleCommand {

    public AudienceVote {
        Objects.requireNonNull(eventId, "eventId must not be null");
        Objects.requireNonNull(voterId, "voterId must not be null");
        Objects.requireNonNull(sideId, "sideId must not be null");
        Objects.requireNonNull(channel, "channel must not be null");
    }
}
