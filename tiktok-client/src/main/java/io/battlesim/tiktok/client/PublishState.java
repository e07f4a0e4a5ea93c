package io.battlesim.tiktok.client;

import java.util.Optional;

/** The {@code status} of a publish task. */
public enum PublishState {
    /** FILE_UPLOAD: chunks are arriving or the video is being processed. */
    PROCESSING_UPLOAD,
    /** PULL_FROM_URL: TikTok is downloading the media. */
    PROCESSING_DOWNLOAD,
    /** Upload to inbox: the creator was notified and must finish the post in TikTok. */
    SEND_TO_USER_INBOX,
    /** Posted (for inbox uploads: the creator posted it). */
    PUBLISH_COMPLETE,
    /** Failed; see the fail reason. */
    FAILED;

    /** True for {@link #PUBLISH_COMPLETE} and {@link #FAILED}: nothing more will change. */
    public boolean isFinal() {
        return this == PUBLISH_COMPLETE || this == FAILED;
    }

    /** True when only the creator can move the task on, so polling further is pointless. */
    public boolean awaitsCreator() {
        return this == SEND_TO_USER_INBOX;
    }

    static Optional<PublishState> parse(String text) {
        for (PublishState state : values()) {
            if (state.name().equals(text)) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }
}
