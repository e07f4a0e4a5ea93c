package io.battlesim.app.insights;

import io.battlesim.app.auth.AccessGrant;
import io.battlesim.tiktok.client.Display;
import io.battlesim.tiktok.client.TikTokClient;
import io.battlesim.tiktok.client.UserField;
import io.battlesim.tiktok.client.UserInfo;
import io.battlesim.tiktok.client.Video;
import io.battlesim.tiktok.client.VideoField;
import io.battlesim.tiktok.client.VideoPage;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Snapshots read through the SDK: {@code /v2/user/info/} for the profile counts and {@code /v2/video/list/} for the
 * videos, twenty a page (TikTok's most). The same code talks to the emulator and to TikTok.
 */
@Component
class DisplayApiSource implements InsightsSource {

    private static final Set<UserField> STATS = EnumSet.of(
            UserField.FOLLOWER_COUNT, UserField.FOLLOWING_COUNT, UserField.LIKES_COUNT, UserField.VIDEO_COUNT);
    private static final Set<VideoField> FIELDS = EnumSet.of(
            VideoField.ID,
            VideoField.CREATE_TIME,
            VideoField.TITLE,
            VideoField.VIDEO_DESCRIPTION,
            VideoField.DURATION,
            VideoField.COVER_IMAGE_URL,
            VideoField.SHARE_URL,
            VideoField.VIEW_COUNT,
            VideoField.LIKE_COUNT,
            VideoField.COMMENT_COUNT,
            VideoField.SHARE_COUNT);

    private final TikTokClient client;

    DisplayApiSource(TikTokClient client) {
        this.client = client;
    }

    @Override
    public ProfileCounts profile(AccessGrant grant) {
        UserInfo info = client.display().userInfo(grant.accessToken(), STATS);
        return new ProfileCounts(
                orZero(info.followerCount()),
                orZero(info.followingCount()),
                orZero(info.likesCount()),
                orZero(info.videoCount()));
    }

    @Override
    public VideoBatch videos(AccessGrant grant, @Nullable Long cursor) {
        VideoPage page = client.display().videoList(grant.accessToken(), FIELDS, cursor, Display.MAX_VIDEOS_PER_CALL);
        return new VideoBatch(
                page.videos().stream()
                        .filter(video -> video.id() != null && !video.id().isBlank())
                        .map(DisplayApiSource::seen)
                        .toList(),
                page.cursor(),
                page.hasMore());
    }

    private static VideoSeen seen(Video video) {
        return new VideoSeen(
                Objects.requireNonNull(video.id()),
                video.createTime() == null ? Instant.EPOCH : video.createTime(),
                video.title(),
                video.videoDescription(),
                video.duration() == null ? 0 : video.duration(),
                video.coverImageUrl(),
                video.shareUrl(),
                orZero(video.viewCount()),
                orZero(video.likeCount()),
                orZero(video.commentCount()),
                orZero(video.shareCount()));
    }

    private static long orZero(@Nullable Long value) {
        return value == null ? 0 : Math.max(0, value);
    }
}
