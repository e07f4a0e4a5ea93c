package io.battlesim.app.insights;

import io.battlesim.app.insights.store.InsightQueries;
import io.battlesim.app.insights.store.SnapshotRuns;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;

/** What a creator's dashboard shows, read from the stored snapshots (never from TikTok on a page view). */
@Service
public class CreatorInsights {

    private final InsightQueries queries;
    private final SnapshotRuns runs;
    private final InsightSettings settings;

    CreatorInsights(InsightQueries queries, SnapshotRuns runs, InsightSettings settings) {
        this.queries = queries;
        this.runs = runs;
        this.settings = settings;
    }

    public InsightsOverview overview(long userId) {
        List<ProfilePoint> profile = queries.profile(userId);
        ProfilePoint latest = profile.isEmpty() ? null : profile.getLast();
        ProfilePoint previous = profile.size() < 2 ? null : profile.get(profile.size() - 2);
        return new InsightsOverview(
                profile,
                latest,
                previous,
                queries.count(userId, VideoFilter.ALL),
                bestTime(userId),
                runs.find(userId).orElse(null));
    }

    /** The profile counts, one point a UTC day, oldest first. */
    public List<ProfilePoint> profile(long userId) {
        return queries.profile(userId);
    }

    public BestTimeToPost bestTime(long userId) {
        return BestTimes.of(queries.reach(userId), settings.reachDays());
    }

    public VideoPage videos(long userId, VideoFilter filter) {
        return new VideoPage(queries.videos(userId, filter), queries.count(userId, filter), filter);
    }

    /** Every video the filter selects (its offset and limit aside), in its order. */
    public void eachVideo(long userId, VideoFilter filter, Consumer<VideoLine> sink) {
        queries.eachVideo(userId, filter, sink);
    }

    public Optional<VideoHistory> video(long userId, String videoId) {
        return queries.video(userId, videoId).map(line -> new VideoHistory(line, queries.videoDays(userId, videoId)));
    }

    /** Which of these TikTok post ids have statistics for this creator (a published post links to them). */
    public Set<String> withStatistics(long userId, Collection<String> postIds) {
        return queries.known(userId, postIds);
    }
}
