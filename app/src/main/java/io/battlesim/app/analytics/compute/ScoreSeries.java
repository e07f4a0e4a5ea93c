package io.battlesim.app.analytics.compute;

import java.util.ArrayList;
import java.util.List;

/**
 * Every side's score over time: a point per change, thinned out as it grows so that memory stays bounded however
 * long the battle, and cut to at most {@value #MAX_POINTS} evenly spread points at the end. The points where a side
 * took the lead are always kept (the latest {@value #MAX_LEAD_POINTS} of them, as many as the lead changes listed), so
 * a chart of the thinned series shows every lead change where it happened.
 */
final class ScoreSeries {

    /** Points kept at most, besides the lead changes. */
    static final int MAX_POINTS = 2_000;

    /** Lead changes kept at most, the latest. */
    static final int MAX_LEAD_POINTS = AnalyticsCalculator.MAX_LISTED;

    private static final int WORKING_POINTS = 8 * MAX_POINTS;

    private final List<Point> points = new ArrayList<>();

    /** A moment of the series: when, every side's score, and whether a side took the lead then. */
    record Point(long at, long[] scores, boolean leadChange) {}

    /**
     * Adds the scores at {@code at}; a change at the same moment replaces the point before it (unless that one is a
     * lead change). Time never runs back: a streak committed late (at its last tap) is placed at the latest moment.
     */
    void add(long at, long[] scores, boolean leadChange) {
        long when = points.isEmpty() ? at : Math.max(at, points.getLast().at());
        Point point = new Point(when, scores.clone(), leadChange);
        if (!points.isEmpty()) {
            Point last = points.getLast();
            if (last.at() == when && !last.leadChange()) {
                points.set(points.size() - 1, point);
                return;
            }
        }
        points.add(point);
        if (points.size() > WORKING_POINTS) {
            List<Point> thinned = downsample(points, 2 * MAX_POINTS);
            points.clear();
            points.addAll(thinned);
        }
    }

    /** Marks the latest point as the moment a side took the lead. */
    void markLeadChange() {
        if (!points.isEmpty()) {
            Point last = points.getLast();
            points.set(points.size() - 1, new Point(last.at(), last.scores(), true));
        }
    }

    /** The series, at most {@value #MAX_POINTS} points besides the lead changes, in time order. */
    List<Point> points() {
        return downsample(points, MAX_POINTS);
    }

    /**
     * At most {@code max} points of {@code points} (in time order) besides the lead changes: the time span is cut into
     * {@code max} equal buckets and the last point of each is kept, with the first point, the last point and the
     * latest {@value #MAX_LEAD_POINTS} lead changes.
     */
    static List<Point> downsample(List<Point> points, int max) {
        if (points.size() <= max) {
            return List.copyOf(points);
        }
        long first = points.getFirst().at();
        long span = Math.max(1, points.getLast().at() - first);
        int leadsToSkip =
                (int) Math.max(0, points.stream().filter(Point::leadChange).count() - MAX_LEAD_POINTS);
        List<Point> kept = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Point point = points.get(i);
            boolean edge = i == 0 || i == points.size() - 1;
            boolean keptLead = point.leadChange() && leadsToSkip-- <= 0;
            if (edge || keptLead || lastOfBucket(points, i, first, span, max)) {
                kept.add(point);
            }
        }
        return kept;
    }

    private static boolean lastOfBucket(List<Point> points, int i, long first, long span, int buckets) {
        return bucket(points.get(i).at(), first, span, buckets)
                != bucket(points.get(i + 1).at(), first, span, buckets);
    }

    private static long bucket(long at, long first, long span, int buckets) {
        // (at - first) / span * buckets without overflow: both factors fit easily in a double's 53 bits here.
        return Math.min(buckets - 1, (long) ((double) (at - first) / span * buckets));
    }
}
