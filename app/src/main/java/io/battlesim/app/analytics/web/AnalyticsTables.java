package io.battlesim.app.analytics.web;

import io.battlesim.app.analytics.compute.BattleAnalytics;
import io.battlesim.app.analytics.compute.CreatorAnalytics;
import io.battlesim.app.leaderboard.GifterEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The tables of the analytics pages as rows (the first row names the columns), for their CSV exports. */
final class AnalyticsTables {

    /** The tables of a battle's analytics. */
    static final List<String> BATTLE = List.of(
            "scores", "lead-changes", "leaderboard", "top-gifters", "gift-types", "value-bands", "snipes", "boosters");

    /** The tables of a creator's analytics. */
    static final List<String> CREATOR = List.of("supporters", "hours", "weekdays", "gift-mix", "battles");

    private AnalyticsTables() {}

    static Optional<List<List<?>>> battle(String table, BattleAnalytics analytics, List<GifterEntry> board) {
        return Optional.ofNullable(
                switch (table) {
                    case "scores" -> scores(analytics);
                    case "lead-changes" -> leadChanges(analytics);
                    case "leaderboard" -> gifters(board);
                    case "top-gifters" -> topGifters(analytics);
                    case "gift-types" -> giftTypes(analytics.giftTypes());
                    case "value-bands" -> valueBands(analytics);
                    case "snipes" -> snipes(analytics);
                    case "boosters" -> boosters(analytics);
                    default -> null;
                });
    }

    static Optional<List<List<?>>> creator(String table, CreatorAnalytics analytics) {
        return Optional.ofNullable(
                switch (table) {
                    case "supporters" -> gifters(analytics.supporters());
                    case "hours" -> buckets("hour_utc", analytics.byHour());
                    case "weekdays" -> buckets("weekday_utc", analytics.byWeekday());
                    case "gift-mix" -> giftTypes(analytics.giftMix());
                    case "battles" -> battles(analytics);
                    default -> null;
                });
    }

    private static List<List<?>> scores(BattleAnalytics analytics) {
        List<Object> head = new ArrayList<>(List.of("seconds"));
        analytics.sides().forEach(side -> head.add(side.label()));
        head.add("lead_change");
        List<List<?>> rows = new ArrayList<>(List.of(head));
        for (BattleAnalytics.ScorePoint point : analytics.scores()) {
            List<Object> row = new ArrayList<>(List.of(seconds(point.at())));
            row.addAll(point.scores());
            row.add(point.leadChange());
            rows.add(row);
        }
        return rows;
    }

    private static List<List<?>> leadChanges(BattleAnalytics analytics) {
        List<Object> head = new ArrayList<>(List.of("seconds", "leader"));
        analytics.sides().forEach(side -> head.add(side.label()));
        List<List<?>> rows = new ArrayList<>(List.of(head));
        for (BattleAnalytics.LeadChange lead : analytics.leadChanges()) {
            List<Object> row = new ArrayList<>(List.of(seconds(lead.at()), label(analytics, lead.sideId())));
            row.addAll(lead.scores());
            rows.add(row);
        }
        return rows;
    }

    private static List<List<?>> gifters(List<GifterEntry> entries) {
        List<List<?>> rows = new ArrayList<>(List.of(List.of("rank", "username", "name", "coins", "gifts")));
        entries.forEach(e -> rows.add(List.of(e.rank(), e.uniqueId(), e.nickname(), e.coins(), e.gifts())));
        return rows;
    }

    private static List<List<?>> topGifters(BattleAnalytics analytics) {
        List<List<?>> rows =
                new ArrayList<>(List.of(List.of("side", "rank", "username", "name", "coins", "points", "gifts")));
        for (BattleAnalytics.SideGifters side : analytics.topGifters()) {
            int rank = 1;
            for (BattleAnalytics.Gifter g : side.gifters()) {
                rows.add(List.of(
                        label(analytics, side.sideId()),
                        rank++,
                        g.uniqueId(),
                        g.nickname(),
                        g.coins(),
                        g.points(),
                        g.gifts()));
            }
        }
        return rows;
    }

    private static List<List<?>> giftTypes(List<BattleAnalytics.GiftType> types) {
        List<List<?>> rows = new ArrayList<>(List.of(List.of("gift", "gift_id", "gifts", "units", "coins")));
        types.forEach(t -> rows.add(List.of(t.name(), t.giftId(), t.gifts(), t.units(), t.coins())));
        return rows;
    }

    private static List<List<?>> valueBands(BattleAnalytics analytics) {
        List<List<?>> rows = new ArrayList<>(List.of(List.of("coins_per_gift", "gifts", "coins")));
        analytics.valueBands().forEach(b -> rows.add(List.of(b.label(), b.gifts(), b.coins())));
        return rows;
    }

    private static List<List<?>> snipes(BattleAnalytics analytics) {
        List<List<?>> rows = new ArrayList<>(List.of(List.of(
                "seconds", "seconds_left", "side", "username", "name", "gift", "count", "coins", "points", "outcome")));
        for (BattleAnalytics.Snipe s : analytics.snipes()) {
            rows.add(List.of(
                    seconds(s.at()),
                    seconds(s.millisLeft()),
                    label(analytics, s.sideId()),
                    s.uniqueId(),
                    s.nickname(),
                    s.giftName(),
                    s.count(),
                    s.coins(),
                    s.points(),
                    s.outcome()));
        }
        return rows;
    }

    private static List<List<?>> boosters(BattleAnalytics analytics) {
        List<List<?>> rows = new ArrayList<>(List.of(List.of(
                "booster",
                "side",
                "triggered_by",
                "seconds",
                "window_seconds",
                "side_points_before",
                "side_points_during",
                "side_coins_during",
                "opponents_points_before",
                "opponents_points_during",
                "opponents_coins_during",
                "extension_seconds")));
        for (BattleAnalytics.Booster b : analytics.boosters()) {
            BattleAnalytics.Window own = b.side();
            BattleAnalytics.Window others = b.opponents();
            rows.add(List.of(
                    b.kind(),
                    label(analytics, b.sideId()),
                    b.triggeredBy() == null ? "TIKTOK" : b.triggeredBy(),
                    seconds(b.at()),
                    seconds(b.until() - b.from()),
                    own == null ? "" : own.pointsBefore(),
                    own == null ? "" : own.pointsDuring(),
                    own == null ? "" : own.coinsDuring(),
                    others == null ? "" : others.pointsBefore(),
                    others == null ? "" : others.pointsDuring(),
                    others == null ? "" : others.coinsDuring(),
                    seconds(b.extensionMillis())));
        }
        return rows;
    }

    private static List<List<?>> buckets(String label, List<CreatorAnalytics.TimeBucket> buckets) {
        List<List<?>> rows = new ArrayList<>(List.of(List.of(label, "gifts", "coins")));
        buckets.forEach(b -> rows.add(List.of(b.label(), b.gifts(), b.coins())));
        return rows;
    }

    private static List<List<?>> battles(CreatorAnalytics analytics) {
        List<List<?>> rows = new ArrayList<>(List.of(List.of(
                "battle_id",
                "title",
                "ended_at",
                "side",
                "result",
                "margin",
                "won_by_snipe",
                "lost_by_snipe",
                "comeback",
                "comeback_against")));
        for (CreatorAnalytics.BattleLine b : analytics.battles()) {
            rows.add(List.of(
                    b.battleId(),
                    b.title(),
                    java.time.Instant.ofEpochMilli(b.endedAt()).toString(),
                    b.sideLabel(),
                    b.result(),
                    b.margin(),
                    b.wonBySnipe(),
                    b.lostBySnipe(),
                    b.comeback(),
                    b.comebackAgainst()));
        }
        return rows;
    }

    static String label(BattleAnalytics analytics, String sideId) {
        return analytics.sides().stream()
                .filter(side -> side.id().equals(sideId))
                .map(BattleAnalytics.Side::label)
                .findFirst()
                .orElse(sideId);
    }

    /** Milliseconds as seconds with one decimal. */
    static String seconds(long millis) {
        return String.format(java.util.Locale.ROOT, "%.1f", millis / 1000.0);
    }
}
