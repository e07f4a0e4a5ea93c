package io.battlesim.app.analytics;

import io.battlesim.app.analytics.compute.CreatorAnalytics;
import io.battlesim.app.analytics.compute.CreatorReport;
import io.battlesim.app.analytics.compute.CreatorSlice;
import io.battlesim.app.analytics.persistence.AnalyticsStore;
import io.battlesim.app.leaderboard.Leaderboards;
import io.battlesim.app.leaderboard.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * A creator's analytics: the all-time record and best supporters from the leaderboards, and what their latest
 * {@value #LATEST_BATTLES} finished battles on the public boards add up to (hidden battles left out).
 */
@Service
public class CreatorAnalyses {

    /** Finished battles added up at most, the latest. */
    public static final int LATEST_BATTLES = 200;

    static final int SUPPORTERS = 10;
    private static final int MAX_PAGES = 10;

    private final AnalyticsStore store;
    private final Leaderboards boards;

    CreatorAnalyses(AnalyticsStore store, Leaderboards boards) {
        this.store = store;
        this.boards = boards;
    }

    /** The analytics of the creator with this username (with or without the at sign, any case). */
    public CreatorAnalytics of(String username) {
        String creator = Leaderboards.normalise(username);
        return CreatorReport.of(
                creator,
                LATEST_BATTLES,
                latestVisible(creator),
                boards.creator(creator, Window.ALL).orElse(null),
                boards.topGifters(creator, Window.ALL, SUPPORTERS, 0));
    }

    private List<CreatorSlice> latestVisible(String creator) {
        List<CreatorSlice> visible = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES && visible.size() < LATEST_BATTLES; page++) {
            List<CreatorSlice> slices = store.latest(creator, LATEST_BATTLES, page * LATEST_BATTLES);
            Set<String> hidden = boards.hiddenAmong(
                    slices.stream().map(CreatorSlice::battleId).toList());
            slices.stream()
                    .filter(slice -> !hidden.contains(slice.battleId()))
                    .limit(LATEST_BATTLES - visible.size())
                    .forEach(visible::add);
            if (slices.size() < LATEST_BATTLES) {
                break;
            }
        }
        return visible;
    }
}
