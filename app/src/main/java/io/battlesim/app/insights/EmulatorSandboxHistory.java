package io.battlesim.app.insights;

import io.battlesim.tiktok.emulator.TikTokEmulator;
import io.battlesim.tiktok.emulator.videos.Video;
import io.battlesim.tiktok.emulator.videos.VideoCatalogue;
import io.battlesim.tiktok.emulator.videos.VideoCounts;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * In emulator mode, a sandbox creator's past counts straight from the emulator's catalogue, whose counts are a
 * function of time: what the snapshots would have stored had the creator connected {@code days} days earlier (the
 * videos the list endpoint shows, at the end of each UTC day). With real TikTok there is no such history.
 */
@Component
class EmulatorSandboxHistory implements SandboxHistory {

    private final @Nullable VideoCatalogue catalogue;

    EmulatorSandboxHistory(ObjectProvider<TikTokEmulator> emulator) {
        TikTokEmulator present = emulator.getIfAvailable();
        this.catalogue = present == null ? null : present.videos();
    }

    @Override
    public List<Day> history(String openId, LocalDate today, int days) {
        if (catalogue == null) {
            return List.of(); // real TikTok: history starts with the first snapshot
        }
        List<Day> history = new ArrayList<>(days);
        try {
            for (LocalDate day = today.minusDays(days); day.isBefore(today); day = day.plusDays(1)) {
                Instant end =
                        day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusSeconds(1);
                var profile = catalogue.profileAt(openId, end);
                List<VideoSeen> videos = catalogue.videos(openId, end).stream()
                        .filter(Video::listed)
                        .map(video -> seen(video, catalogue.countsAt(video, end)))
                        .toList();
                history.add(new Day(
                        day,
                        new ProfileCounts(
                                profile.followerCount(),
                                profile.followingCount(),
                                profile.likesCount(),
                                profile.videoCount()),
                        videos));
            }
        } catch (NoSuchElementException unknown) {
            return List.of(); // not a sandbox account of this emulator
        }
        return history;
    }

    private static VideoSeen seen(Video video, VideoCounts counts) {
        return new VideoSeen(
                video.id(),
                video.createTime(),
                video.title(),
                video.description(),
                video.duration(),
                null,
                null,
                counts.viewCount(),
                counts.likeCount(),
                counts.commentCount(),
                counts.shareCount());
    }
}
