package io.battlesim.tiktok.client;

import java.net.URI;
import java.util.Objects;

/** Where TikTok gets a video from: chunks the app PUTs to the returned upload URL, or a URL TikTok downloads. */
public sealed interface MediaSource {

    /** {@code FILE_UPLOAD} with the given chunk plan; never null. */
    static MediaSource fileUpload(ChunkPlan plan) {
        return new FileUpload(plan);
    }

    /** {@code PULL_FROM_URL}: an https URL on a domain or prefix verified for the app; never null. */
    static MediaSource pullFromUrl(URI videoUrl) {
        return new PullFromUrl(videoUrl);
    }

    /**
     * {@code FILE_UPLOAD}: the app uploads the file in chunks after init.
     *
     * @param plan the chunk plan sent at init and used for the upload, never null
     */
    record FileUpload(ChunkPlan plan) implements MediaSource {
        /** Checks for null. */
        public FileUpload {
            Objects.requireNonNull(plan, "plan must not be null");
        }
    }

    /**
     * {@code PULL_FROM_URL}: TikTok downloads the video.
     *
     * @param videoUrl the video's URL, never null
     */
    record PullFromUrl(URI videoUrl) implements MediaSource {
        /** Checks for null. */
        public PullFromUrl {
            Objects.requireNonNull(videoUrl, "videoUrl must not be null");
        }
    }
}
