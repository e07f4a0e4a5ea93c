package io.battlesim.tiktok.emulator.publish;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A parsed {@code source_info}: a FILE_UPLOAD chunk plan, or the URLs to pull.
 *
 * @param plan the declared chunk plan, for FILE_UPLOAD
 * @param urls the media URLs, for PULL_FROM_URL (one video, or 1 to 35 photos)
 * @param photoCoverIndex the cover photo, 0-based; 0 for videos
 */
record MediaSource(@Nullable ChunkPlan plan, List<URI> urls, int photoCoverIndex) {

    static final int MAX_PHOTOS = 35;

    boolean fileUpload() {
        return plan != null;
    }

    static MediaSource video(JsonNode sourceInfo, MegabyteReading reading) {
        String source = JsonBody.requiredText(sourceInfo, "source");
        switch (source) {
            case "FILE_UPLOAD" -> {
                ChunkPlan plan = new ChunkPlan(
                        JsonBody.requiredLong(sourceInfo, "video_size"),
                        JsonBody.requiredLong(sourceInfo, "chunk_size"),
                        JsonBody.requiredLong(sourceInfo, "total_chunk_count"));
                plan.problem(reading).ifPresent(problem -> {
                    throw PublishError.invalidParam(problem);
                });
                return new MediaSource(plan, List.of(), 0);
            }
            case "PULL_FROM_URL" -> {
                return new MediaSource(null, List.of(url(JsonBody.requiredText(sourceInfo, "video_url"))), 0);
            }
            default -> throw PublishError.invalidParam("source must be FILE_UPLOAD or PULL_FROM_URL.");
        }
    }

    static MediaSource photos(JsonNode sourceInfo) {
        if (!"PULL_FROM_URL".equals(JsonBody.text(sourceInfo, "source"))) {
            throw PublishError.invalidParam("Photos only support source PULL_FROM_URL.");
        }
        List<String> images = JsonBody.texts(sourceInfo, "photo_images");
        if (images.isEmpty() || images.size() > MAX_PHOTOS) {
            throw PublishError.invalidParam("photo_images must hold 1 to 35 URLs.");
        }
        long cover = JsonBody.requiredLong(sourceInfo, "photo_cover_index");
        if (cover < 0 || cover >= images.size()) {
            throw PublishError.invalidParam("photo_cover_index must point into photo_images.");
        }
        List<URI> urls = new ArrayList<>();
        images.forEach(image -> urls.add(url(image)));
        return new MediaSource(null, List.copyOf(urls), (int) cover);
    }

    private static URI url(String text) {
        URI uri = UrlOwnership.parse(text);
        if (uri == null) {
            throw PublishError.invalidParam("Media URLs must be absolute https URLs: " + text);
        }
        return uri;
    }
}
