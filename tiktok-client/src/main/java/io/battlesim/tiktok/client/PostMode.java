package io.battlesim.tiktok.client;

/** How a photo post is made: published at once, or sent to the creator's inbox to finish in TikTok. */
public enum PostMode {
    /** Publish directly; needs {@code video.publish} and a privacy level. */
    DIRECT_POST,
    /** Upload to the creator's inbox; needs {@code video.upload}. */
    MEDIA_UPLOAD
}
