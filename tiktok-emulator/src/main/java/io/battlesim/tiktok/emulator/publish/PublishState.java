package io.battlesim.tiktok.emulator.publish;

/** The {@code status} values of {@code /v2/post/publish/status/fetch/}. */
public enum PublishState {
    /** FILE_UPLOAD: waiting for chunks, or processing them. */
    PROCESSING_UPLOAD,
    /** PULL_FROM_URL: downloading, or processing the download. */
    PROCESSING_DOWNLOAD,
    /** Upload flow: the creator got an inbox notification. */
    SEND_TO_USER_INBOX,
    /** Posted. */
    PUBLISH_COMPLETE,
    /** Failed; see the {@code fail_reason}. */
    FAILED;

    boolean terminal() {
        return this == PUBLISH_COMPLETE || this == FAILED;
    }
}
