package io.battlesim.app.publish.job;

/** What is posted. */
public enum MediaKind {
    /** The battle's result card, pulled by TikTok from our {@code /cards/} URL. */
    PHOTO,
    /** A video the user uploaded, sent with FILE_UPLOAD. */
    VIDEO
}
