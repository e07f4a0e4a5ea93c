package io.battlesim.engine.audience;

/**
 * A value read from a command's words, and the index of the first word after it (a side's label or a booster's
 * name may span several words).
 */
record Argument<T>(T value, int next) {}
