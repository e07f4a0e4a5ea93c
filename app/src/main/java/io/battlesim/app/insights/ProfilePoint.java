package io.battlesim.app.insights;

import java.time.LocalDate;

/** A creator's profile counts on one UTC day, with the views summed over the videos that day's snapshot saw. */
public record ProfilePoint(LocalDate day, long followers, long following, long likes, long videos, long totalViews) {}
