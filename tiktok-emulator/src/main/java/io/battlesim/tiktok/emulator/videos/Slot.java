package io.battlesim.tiktok.emulator.videos;

import java.time.Instant;

/**
 * The cheap part of a generated video, known from the start: when it is posted, its seed and its growth curve,
 * enough for every count; its texts and sizes are drawn from the seed only when the videos are first listed.
 *
 * @param second the posting time, epoch seconds
 * @param seed the video's seed
 * @param growth its growth curve
 */
record Slot(long second, long seed, Growth growth) {

    Instant createTime() {
        return Instant.ofEpochSecond(second);
    }

    long viewsAt(Instant at) {
        return growth.viewsAt(createTime(), at);
    }

    VideoCounts countsAt(Instant at) {
        return growth.countsAt(createTime(), at);
    }
}
