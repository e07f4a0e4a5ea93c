package io.battlesim.app.insights;

import java.time.LocalDate;

/** A video's counts on one UTC day. */
public record VideoDay(LocalDate day, long views, long likes, long comments, long shares) {}
