package io.battlesim.app.leaderboard;

import java.sql.DatabaseMetaData;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Service;

/**
 * Reads the boards. Every read is an index range of the maintained totals: the top of a board in rank order, a
 * gifter found by username, and a rank as one plus the number of gifters with more coins, counted from the coin
 * buckets (competition ranking: equal coins share a rank; within it the order is by TikTok user id, so it never
 * changes between two reads).
 */
@Service
public class Leaderboards {

    private static final String GIFTER_COLUMNS = "gifter_id, unique_id, nickname, coins, gifts";
    /**
     * Rank order, and the board read upwards, as the whole column lists of the rank indexes: the board's columns are
     * fixed by the WHERE clause, but H2 sees that an index sorts a query only when ORDER BY names all its columns.
     */
    private static final String DOWN = " ORDER BY scope, scope_key, period, period_start, coins DESC, gifter_id";

    private static final String UP = " ORDER BY scope, scope_key, period, period_start, coins, gifter_id DESC";

    private static final String BOARD =
            "scope = :scope AND scope_key = :key AND period = :period" + " AND period_start = :start";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final boolean h2;

    Leaderboards(DataSource dataSource, ObjectProvider<Clock> clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.clock = clock.getIfUnique(Clock::systemUTC);
        this.h2 = isH2(dataSource);
    }

    private static boolean isH2(DataSource dataSource) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            return "H2".equalsIgnoreCase(product);
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("Cannot tell which database the leaderboards run on", e);
        }
    }

    /** Today in UTC, the day the windows are counted from. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /**
     * The top of a gifter board.
     *
     * @param creator a creator's username for their board, or null for the platform's
     * @param window the time window
     * @param limit how many lines (1 to 500)
     * @param offset how many to skip from the top
     */
    public List<GifterEntry> topGifters(@Nullable String creator, Window window, int limit, long offset) {
        Board board = board(creator, window);
        List<Row> rows = ranked(
                board,
                DOWN + " OFFSET :offset ROWS FETCH FIRST :limit ROWS ONLY",
                Map.of("offset", Math.max(0, offset), "limit", Math.clamp(limit, 1, 500)));
        List<GifterEntry> entries = new ArrayList<>(rows.size());
        long rank = 0;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (i == 0) {
                rank = rankOf(board, row.coins());
            } else if (row.coins() != rows.get(i - 1).coins()) {
                rank = Math.max(0, offset) + i + 1;
            }
            entries.add(row.entry(rank));
        }
        return entries;
    }

    /** A gifter's rank on a board by TikTok username (with or without the at sign), with their neighbours. */
    public Optional<GifterRank> rankOf(@Nullable String creator, Window window, String username) {
        Board board = board(creator, window);
        String uniqueId = normalise(username);
        // Usually one row (more when a username passed from one account to another): the best is picked here, since
        // with ORDER BY ... FETCH FIRST PostgreSQL walks the whole board in rank order instead of using the username.
        Optional<Row> own = board
                .bind(jdbc.sql("SELECT " + GIFTER_COLUMNS + " FROM board_gifter WHERE " + BOARD
                        + " AND unique_id = :uniqueId"))
                .param("uniqueId", uniqueId)
                .query(Leaderboards::row)
                .list()
                .stream()
                .min(Comparator.comparingLong(Row::coins).reversed().thenComparing(Row::gifterId));
        return own.map(row -> {
            List<Row> above = neighbours(board, row, true);
            List<Row> below = neighbours(board, row, false);
            List<Row> all = new ArrayList<>(above);
            all.add(row);
            all.addAll(below);
            Ranks ranks = ranks(board, all.stream().mapToLong(Row::coins).min().orElse(row.coins()));
            List<GifterEntry> aboveEntries = new ArrayList<>();
            for (int i = above.size() - 1; i >= 0; i--) {
                aboveEntries.add(above.get(i).entry(ranks.of(above.get(i).coins())));
            }
            List<GifterEntry> belowEntries =
                    below.stream().map(b -> b.entry(ranks.of(b.coins()))).toList();
            return new GifterRank(row.entry(ranks.of(row.coins())), aboveEntries, belowEntries);
        });
    }

    /**
     * The two gifters just above (or below) {@code row} in rank order, nearest first. Two index ranges, the gifter's
     * ties and then the coins beyond them: one query with an OR would walk every tie first, and the bottom of a big
     * board is a hundred thousand gifters with one coin each. Coins are whole numbers, so the ranges are written with
     * inclusive bounds ({@code coins >= c + 1}, not {@code coins > c}): H2 seeks to a strict bound's value and then
     * steps over every row equal to it, which is every tie.
     */
    private List<Row> neighbours(Board board, Row row, boolean above) {
        List<Row> found = new ArrayList<>(ranked(
                board,
                " AND coins = :coins AND gifter_id " + (above ? "<" : ">") + " :gifter" + (above ? UP : DOWN)
                        + " FETCH FIRST 2 ROWS ONLY",
                Map.of("coins", row.coins(), "gifter", row.gifterId())));
        if (found.size() < 2) {
            found.addAll(ranked(
                    board,
                    (above ? " AND coins >= :coins" + UP : " AND coins <= :coins" + DOWN)
                            + " FETCH FIRST :more ROWS ONLY",
                    Map.of("coins", above ? row.coins() + 1 : row.coins() - 1, "more", 2 - found.size())));
        }
        return found;
    }

    /**
     * The board's rows that {@code range} selects, in its order.
     *
     * @param range the conditions after the board's, the order and the row limit, with its {@code params}
     */
    private List<Row> ranked(Board board, String range, Map<String, ?> params) {
        if (!h2) {
            return board.bind(jdbc.sql("SELECT " + GIFTER_COLUMNS + " FROM board_gifter WHERE " + BOARD + range))
                    .params(params)
                    .query(Leaderboards::row)
                    .list();
        }
        // H2 in two steps: selecting only the gifter id (and coins, in the conditions) lets the rank index answer
        // alone; asked for names too, H2 reads a creator's whole board through the primary key and sorts it (seconds
        // on a board of 80,000 gifters). The names then come by primary key, which H2 uses only for a row value of
        // all its columns (with gifter_id IN (...) it walks the whole board).
        List<String> order = board.bind(jdbc.sql("SELECT gifter_id FROM board_gifter WHERE " + BOARD + range))
                .params(params)
                .query(String.class)
                .list();
        if (order.isEmpty()) {
            return List.of();
        }
        List<Object[]> keys = order.stream()
                .map(id -> new Object[] {board.scope(), board.key(), board.period(), Date.valueOf(board.start()), id})
                .toList();
        Map<String, Row> byId = new HashMap<>();
        jdbc.sql("SELECT " + GIFTER_COLUMNS + " FROM board_gifter"
                        + " WHERE (scope, scope_key, period, period_start, gifter_id) IN (:keys)")
                .param("keys", keys)
                .query(Leaderboards::row)
                .list()
                .forEach(row -> byId.put(row.gifterId(), row));
        // a row deleted between the two reads (a battle hidden meanwhile) is left out
        return order.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /**
     * The top creators of a window.
     *
     * @param minBattles for the win-rate order, creators with fewer finished battles are left out
     * @param limit how many lines (1 to 500)
     */
    public List<CreatorEntry> topCreators(Window window, CreatorOrder order, int minBattles, int limit) {
        LocalDate start = window.start(today());
        int max = Math.clamp(limit, 1, 500);
        String columns = "creator, battles, wins, losses, ties, margin_sum, coins";
        var select = switch (order) {
            case WINS ->
                jdbc.sql("SELECT " + columns + " FROM board_creator WHERE period = :period"
                        + " AND period_start = :start AND battles > 0 ORDER BY wins DESC, creator FETCH FIRST :limit ROWS"
                        + " ONLY");
            case COINS ->
                jdbc.sql("SELECT " + columns + " FROM board_creator WHERE period = :period"
                        + " AND period_start = :start ORDER BY coins DESC, creator FETCH FIRST :limit ROWS ONLY");
            // creators are few next to gifters; the rate is computed over the window's rows that qualify
            case WIN_RATE ->
                jdbc.sql("SELECT " + columns + " FROM board_creator WHERE period = :period"
                        + " AND period_start = :start AND battles >= :minBattles AND battles > 0");
        };
        List<CreatorEntry> rows = select.param("period", window.code())
                .param("start", Date.valueOf(start))
                .param("limit", max)
                .param("minBattles", Math.max(1, minBattles))
                .query((rs, i) -> creator(rs))
                .list();
        List<CreatorEntry> sorted = new ArrayList<>(rows);
        if (order == CreatorOrder.WIN_RATE) {
            sorted.sort(Comparator.comparingDouble(CreatorEntry::winRate)
                    .reversed()
                    .thenComparing(
                            Comparator.comparingLong(CreatorEntry::battles).reversed())
                    .thenComparing(CreatorEntry::creator));
            if (sorted.size() > max) {
                sorted = new ArrayList<>(sorted.subList(0, max));
            }
        }
        return ranked(sorted, order);
    }

    /** A creator's line for a window, if they finished a battle or received gifts in it. */
    public Optional<CreatorEntry> creator(String username, Window window) {
        return jdbc.sql("SELECT creator, battles, wins, losses, ties, margin_sum, coins FROM board_creator"
                        + " WHERE period = :period AND period_start = :start AND creator = :creator")
                .param("period", window.code())
                .param("start", Date.valueOf(window.start(today())))
                .param("creator", normalise(username))
                .query((rs, i) -> creator(rs))
                .optional();
    }

    /** A battle's gifters, most coins first, whichever creator they gave to (the battle's own board). */
    public List<GifterEntry> battleGifters(String battleId, int limit) {
        // the whole index column order in ORDER BY: only then does H2 read the rank index instead of sorting
        List<Row> rows = jdbc.sql("SELECT " + GIFTER_COLUMNS + " FROM board_battle_total WHERE battle_id = :battle"
                        + " ORDER BY battle_id, coins DESC, gifter_id FETCH FIRST :limit ROWS ONLY")
                .param("battle", battleId)
                .param("limit", Math.clamp(limit, 1, 500))
                .query(Leaderboards::row)
                .list();
        List<GifterEntry> entries = new ArrayList<>(rows.size());
        long rank = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (i == 0 || rows.get(i).coins() != rows.get(i - 1).coins()) {
                rank = i + 1;
            }
            entries.add(rows.get(i).entry(rank));
        }
        return entries;
    }

    /** Whether a battle's owner took it off the public boards (its figures are then for its owner only). */
    public boolean hidden(String battleId) {
        return jdbc.sql("SELECT COUNT(*) FROM board_hidden_battle WHERE battle_id = :battle")
                        .param("battle", battleId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Which of these battles their owners took off the public boards. */
    public Set<String> hiddenAmong(Collection<String> battleIds) {
        if (battleIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("SELECT battle_id FROM board_hidden_battle WHERE battle_id IN (:battles)")
                .param("battles", List.copyOf(battleIds))
                .query(String.class)
                .list());
    }

    /** A username as stored: lower case, no at sign, no surrounding blanks. */
    public static String normalise(String username) {
        String value = username.strip();
        if (value.startsWith("@")) {
            value = value.substring(1);
        }
        return value.toLowerCase(Locale.ROOT);
    }

    /** One plus the gifters of the coin buckets above, plus those above in the own bucket (see CoinBuckets). */
    private long rankOf(Board board, long coins) {
        return ranks(board, coins).of(coins);
    }

    /**
     * The ranks of totals of at least {@code lowest} coins: the bucket counts from {@code lowest}'s bucket up in one
     * read, so that the five ranks of "find your rank" cost one read of the buckets and a count per distinct total.
     */
    private Ranks ranks(Board board, long lowest) {
        Map<Integer, Long> gifters = new HashMap<>();
        board.bind(jdbc.sql("SELECT bucket, gifters FROM board_gifter_bucket WHERE " + BOARD
                        + " AND bucket > :bucket ORDER BY scope, scope_key, period, period_start, bucket"))
                .param("bucket", CoinBuckets.of(lowest))
                .query((rs, i) -> Map.entry(rs.getInt(1), rs.getLong(2)))
                .list()
                .forEach(entry -> gifters.put(entry.getKey(), entry.getValue()));
        return new Ranks(board, gifters);
    }

    /** Ranks on one board, from bucket counts read once; each distinct total counts its own bucket once. */
    private final class Ranks {
        private final Board board;
        private final Map<Integer, Long> giftersByBucket;
        private final Map<Long, Long> byCoins = new HashMap<>();

        Ranks(Board board, Map<Integer, Long> giftersByBucket) {
            this.board = board;
            this.giftersByBucket = giftersByBucket;
        }

        long of(long coins) {
            return byCoins.computeIfAbsent(coins, this::count);
        }

        private long count(long coins) {
            int bucket = CoinBuckets.of(coins);
            long aboveBuckets = giftersByBucket.entrySet().stream()
                    .filter(entry -> entry.getKey() > bucket)
                    .mapToLong(Map.Entry::getValue)
                    .sum();
            Long aboveWithin = board.bind(jdbc.sql("SELECT COUNT(*) FROM board_gifter WHERE " + BOARD
                            + " AND coins >= :from AND coins <= :to"))
                    .param("from", coins + 1)
                    .param("to", CoinBuckets.end(bucket) - 1)
                    .query(Long.class)
                    .single();
            return 1 + aboveBuckets + (aboveWithin == null ? 0 : aboveWithin);
        }
    }

    private Board board(@Nullable String creator, Window window) {
        LocalDate start = window.start(today());
        return creator == null
                ? new Board("ALL", "", window.code(), start)
                : new Board("CREATOR", normalise(creator), window.code(), start);
    }

    private static List<CreatorEntry> ranked(List<CreatorEntry> sorted, CreatorOrder order) {
        List<CreatorEntry> ranked = new ArrayList<>(sorted.size());
        long rank = 0;
        for (int i = 0; i < sorted.size(); i++) {
            CreatorEntry entry = sorted.get(i);
            if (i == 0 || value(entry, order) != value(sorted.get(i - 1), order)) {
                rank = i + 1;
            }
            ranked.add(new CreatorEntry(
                    rank,
                    entry.creator(),
                    entry.battles(),
                    entry.wins(),
                    entry.losses(),
                    entry.ties(),
                    entry.winRate(),
                    entry.averageMargin(),
                    entry.coins()));
        }
        return ranked;
    }

    private static double value(CreatorEntry entry, CreatorOrder order) {
        return switch (order) {
            case WINS -> entry.wins();
            case WIN_RATE -> entry.winRate();
            case COINS -> entry.coins();
        };
    }

    private static CreatorEntry creator(ResultSet rs) throws SQLException {
        long battles = rs.getLong(2);
        long wins = rs.getLong(3);
        return new CreatorEntry(
                0,
                rs.getString(1),
                battles,
                wins,
                rs.getLong(4),
                rs.getLong(5),
                battles == 0 ? 0 : (double) wins / battles,
                battles == 0 ? 0 : (double) rs.getLong(6) / battles,
                rs.getLong(7));
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        return new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5));
    }

    private record Row(String gifterId, String uniqueId, String nickname, long coins, long gifts) {
        GifterEntry entry(long rank) {
            return new GifterEntry(rank, gifterId, uniqueId, nickname, coins, gifts);
        }
    }

    private record Board(String scope, String key, String period, LocalDate start) {
        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            return statement
                    .param("scope", scope)
                    .param("key", key)
                    .param("period", period)
                    .param("start", Date.valueOf(start));
        }
    }
}
