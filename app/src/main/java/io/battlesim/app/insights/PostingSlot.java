package io.battlesim.app.insights;

/**
 * One hour of the day or one weekday (UTC) in "best time to post": how many of the creator's videos were posted
 * then and the median views they had reached {@code reachDays} after posting.
 *
 * @param label e.g. {@code 18:00} or {@code Friday}
 */
public record PostingSlot(String label, int videos, long medianViews) {}
