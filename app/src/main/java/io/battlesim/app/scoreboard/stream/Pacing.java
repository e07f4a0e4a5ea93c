package io.battlesim.app.scoreboard.stream;

/**
 * How much one battle sends its viewers and how often: wake-ups at most once per flush interval, whole
 * scoreboards at most once per interval with score events between them, and a gift feed of bounded rate. Together
 * they keep a viewer of a battle with a thousand gifts a second at a few kilobytes a second.
 *
 * @param wakeups when the battle's clients drain what is new
 * @param cadence whole scoreboard or score event
 * @param feed which gifts the feed shows
 */
record Pacing(WakeThrottle wakeups, ScoreCadence cadence, FeedSelector feed) {

    /** Everything at once: every update wakes, every scoreboard is whole, every gift is shown (for tests). */
    static Pacing none() {
        return new Pacing(WakeThrottle.none(), ScoreCadence.wholeEveryTime(), FeedSelector.everyGift());
    }
}
