package io.battlesim.app.insights;

import java.util.List;

/** One video's line and its counts per day. */
public record VideoHistory(VideoLine video, List<VideoDay> days) {}
