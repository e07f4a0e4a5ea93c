package io.battlesim.engine.tournament;

/** Hears how far a tournament has got, after every battle; called on the tournament's thread, so keep it quick. */
@FunctionalInterface
public interface ProgressListener {

    /** Nothing to report to. */
    ProgressListener NONE = (done, total) -> {};

    /**
     * @param done battles played so far
     * @param total battles the tournament will play if it is not cancelled
     */
    void onProgress(int done, int total);
}
