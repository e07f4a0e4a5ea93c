package io.battlesim.app.insights;

import java.util.List;

/** One page of the video table and how many videos match the filter. */
public record VideoPage(List<VideoLine> videos, long total, VideoFilter filter) {}
