package io.battlesim.app.insights.web;

import io.battlesim.app.insights.InsightsOverview;
import io.battlesim.app.insights.PostingSlot;
import io.battlesim.app.insights.ProfilePoint;
import io.battlesim.app.insights.VideoDay;
import io.battlesim.app.insights.VideoHistory;
import java.util.List;

/** What the pages' charts draw, as the JSON the page embeds (the tables next to them hold the same figures). */
final class InsightViews {

    private InsightViews() {}

    /** The dashboard's charts: the profile over time and the best time to post. */
    record DashboardCharts(List<ProfilePoint> profile, List<PostingSlot> byHour, List<PostingSlot> byWeekday) {}

    /** A video's chart. */
    record VideoCharts(String title, List<VideoDay> days) {}

    static DashboardCharts charts(InsightsOverview overview) {
        return new DashboardCharts(
                overview.profile(),
                overview.bestTime().byHour(),
                overview.bestTime().byWeekday());
    }

    static VideoCharts charts(VideoHistory history) {
        return new VideoCharts(history.video().title(), history.days());
    }
}
