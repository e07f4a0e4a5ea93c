package io.battlesim.tiktok.client;

import java.net.URI;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The JSON bodies of the Content Posting init calls, with TikTok's field names. */
final class PublishRequests {

    private PublishRequests() {}

    static String directVideo(PostInfo post, MediaSource source) {
        ObjectNode body = Json.object();
        ObjectNode info = body.putObject("post_info");
        info.put("privacy_level", post.privacyLevel());
        if (post.title() != null) {
            info.put("title", post.title());
        }
        info.put("disable_duet", post.disableDuet());
        info.put("disable_stitch", post.disableStitch());
        info.put("disable_comment", post.disableComment());
        if (post.videoCoverTimestampMs() != null) {
            info.put("video_cover_timestamp_ms", post.videoCoverTimestampMs());
        }
        info.put("brand_content_toggle", post.brandContentToggle());
        info.put("brand_organic_toggle", post.brandOrganicToggle());
        info.put("is_aigc", post.isAigc());
        sourceInfo(body.putObject("source_info"), source);
        return Json.write(body);
    }

    static String inboxVideo(MediaSource source) {
        ObjectNode body = Json.object();
        sourceInfo(body.putObject("source_info"), source);
        return Json.write(body);
    }

    static String photos(PhotoPost post) {
        ObjectNode body = Json.object();
        body.put("media_type", "PHOTO");
        body.put("post_mode", post.postMode().name());
        ObjectNode info = body.putObject("post_info");
        putIfPresent(info, "title", post.title());
        putIfPresent(info, "description", post.description());
        if (post.postMode() == PostMode.DIRECT_POST) {
            info.put("privacy_level", post.privacyLevel());
            info.put("disable_comment", post.disableComment());
            info.put("auto_add_music", post.autoAddMusic());
            info.put("brand_content_toggle", post.brandContentToggle());
            info.put("brand_organic_toggle", post.brandOrganicToggle());
        }
        ObjectNode source = body.putObject("source_info");
        source.put("source", "PULL_FROM_URL");
        ArrayNode images = source.putArray("photo_images");
        for (URI image : post.photoImages()) {
            images.add(image.toString());
        }
        source.put("photo_cover_index", post.photoCoverIndex());
        return Json.write(body);
    }

    static String publishId(String publishId) {
        ObjectNode body = Json.object();
        body.put("publish_id", publishId);
        return Json.write(body);
    }

    private static void sourceInfo(ObjectNode info, MediaSource source) {
        switch (source) {
            case MediaSource.FileUpload upload -> {
                info.put("source", "FILE_UPLOAD");
                info.put("video_size", upload.plan().videoSize());
                info.put("chunk_size", upload.plan().chunkSize());
                info.put("total_chunk_count", upload.plan().totalChunkCount());
            }
            case MediaSource.PullFromUrl pull -> {
                info.put("source", "PULL_FROM_URL");
                info.put("video_url", pull.videoUrl().toString());
            }
        }
    }

    private static void putIfPresent(ObjectNode node, String field, @org.jspecify.annotations.Nullable String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
