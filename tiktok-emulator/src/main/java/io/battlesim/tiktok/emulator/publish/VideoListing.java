package io.battlesim.tiktok.emulator.publish;

import io.battlesim.tiktok.emulator.videos.VideoCatalogue;

/**
 * Keeps the creators' video lists in step with their public posts: a post enters {@code /v2/video/list/} when it
 * gets its {@code publicaly_available_post_id} (that id becomes the video id) and leaves it when it is no longer
 * publicly available. Private posts ({@code SELF_ONLY}, followers only) never get a public id, so they never show,
 * as TikTok's list holds public posts only.
 */
final class VideoListing {

    private final VideoCatalogue videos;

    VideoListing(VideoCatalogue videos) {
        this.videos = videos;
    }

    void on(PublishTask task, PublishEvent event) {
        if (!(event.content().get("post_id") instanceof Long postId)) {
            return;
        }
        switch (event.name()) {
            case "post.publish.publicly_available" -> videos.published(task.publishedPost(postId));
            case "post.publish.no_longer_publicaly_available" ->
                videos.takenDown(task.origin().openId(), postId);
            default -> {
                // other events do not change what is public
            }
        }
    }
}
