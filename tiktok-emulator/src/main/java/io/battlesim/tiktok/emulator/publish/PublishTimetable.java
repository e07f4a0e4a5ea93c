package io.battlesim.tiktok.emulator.publish;

import java.time.Duration;
import java.util.Objects;

/**
 * How long publish tasks take on the emulator clock, measured from the moment the media is in (last chunk or
 * download done).
 *
 * @param processing fixed processing time of every task
 * @param processingPerGib extra processing time per GiB of media (TikTok: about a minute per GB)
 * @param moderation from {@code PUBLISH_COMPLETE} to the post id of a public post
 * @param inboxUserPost from {@code SEND_TO_USER_INBOX} to the simulated creator posting the draft
 * @param autoPostFromInbox whether the simulated creator posts inbox drafts by themselves; when false only {@link
 *     Publishing#postFromInbox(String)} does
 */
public record PublishTimetable(
        Duration processing,
        Duration processingPerGib,
        Duration moderation,
        Duration inboxUserPost,
        boolean autoPostFromInbox) {

    /** Roughly TikTok's pace: 5 s plus a minute per GiB, 30 s of moderation, the creator posts 20 s later. */
    public static final PublishTimetable REALISTIC = new PublishTimetable(
            Duration.ofSeconds(5), Duration.ofMinutes(1), Duration.ofSeconds(30), Duration.ofSeconds(20), true);

    /** Every step as soon as the media is in, for tests. */
    public static final PublishTimetable IMMEDIATE =
            new PublishTimetable(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, true);

    /** Rejects negative durations. */
    public PublishTimetable {
        for (Duration duration : new Duration[] {
            Objects.requireNonNull(processing, "processing must not be null"),
            Objects.requireNonNull(processingPerGib, "processingPerGib must not be null"),
            Objects.requireNonNull(moderation, "moderation must not be null"),
            Objects.requireNonNull(inboxUserPost, "inboxUserPost must not be null")
        }) {
            if (duration.isNegative()) {
                throw new IllegalArgumentException("timetable durations must not be negative, got " + duration);
            }
        }
    }

    Duration processingOf(long bytes) {
        double gib = bytes / (double) (1L << 30);
        return processing.plusMillis(Math.round(processingPerGib.toMillis() * gib));
    }
}
