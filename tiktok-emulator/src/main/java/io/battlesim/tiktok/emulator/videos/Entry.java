package io.battlesim.tiktok.emulator.videos;

import java.time.Instant;

/** A video with its growth curve. */
record Entry(Video video, Growth growth) {

    long createSecond() {
        return video.createTime().getEpochSecond();
    }

    VideoCounts countsAt(Instant at) {
        return growth.countsAt(video.createTime(), at);
    }

    long viewsAt(Instant at) {
        return growth.viewsAt(video.createTime(), at);
    }
}
