package io.battlesim.bench.leaderboard;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writes {@link SyntheticGifts} into the app's board tables with batched inserts, committing every 50,000 rows. */
final class BoardLoader {

    /** The app's secondary indexes of the board tables (V12__battle_tallies_and_leaderboards.sql, V14, V15). */
    private static final Map<String, String> INDEXES = Map.of(
            "board_gifter_rank_idx", "board_gifter (scope, scope_key, period, period_start, coins DESC, gifter_id)",
            "board_gifter_rank_up_idx", "board_gifter (scope, scope_key, period, period_start, coins, gifter_id DESC)",
            "board_gifter_unique_idx", "board_gifter (unique_id, scope, scope_key, period, period_start)",
            "board_creator_coins_idx", "board_creator (period, period_start, coins DESC, creator)",
            "board_creator_wins_idx", "board_creator (period, period_start, wins DESC, creator)",
            "board_battle_total_rank_idx", "board_battle_total (battle_id, coins DESC, gifter_id)");

    private static final int BATCH = 5_000;
    private static final int COMMIT = 500_000;

    private final String url;
    private final String user;
    private final String password;

    BoardLoader(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    long load(SyntheticGifts gifts, List<String> battleIds) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.setAutoCommit(false);
            for (String table : new String[] {
                "board_gifter", "board_gifter_bucket", "board_battle_total", "board_battle_gifter", "board_creator"
            }) {
                try (var statement = connection.createStatement()) {
                    statement.executeUpdate("DELETE FROM " + table);
                }
            }
            connection.commit();
            // Bulk loading into the secondary indexes row by row is what makes it slow: build them once at the end.
            execute(
                    connection,
                    INDEXES.keySet().stream().map(name -> "DROP INDEX " + name).toList());
            long rows = loadBoards(connection, gifts);
            rows += loadBuckets(connection, gifts);
            rows += loadBattles(connection, gifts, battleIds);
            connection.commit();
            // the battles' own boards, summed as migration V17 and the app's projector sum them
            try (var statement = connection.createStatement()) {
                rows += statement.executeUpdate("INSERT INTO board_battle_total (battle_id, gifter_id, unique_id,"
                        + " nickname, coins, gifts) SELECT battle_id, gifter_id, MAX(unique_id), MAX(nickname),"
                        + " SUM(coins), SUM(gifts) FROM board_battle_gifter GROUP BY battle_id, gifter_id");
            }
            rows += loadCreators(connection, gifts);
            connection.commit();
            execute(
                    connection,
                    INDEXES.entrySet().stream()
                            .map(index -> "CREATE INDEX " + index.getKey() + " ON " + index.getValue())
                            .toList());
            connection.commit();
            // Fresh statistics, as after any bulk load (autovacuum may be off, as on this project's test database).
            execute(connection, List.of("ANALYZE"));
            connection.commit();
            return rows;
        }
    }

    private long loadBoards(Connection connection, SyntheticGifts gifts) throws SQLException {
        String sql = "INSERT INTO board_gifter (scope, scope_key, period, period_start, gifter_id, unique_id, nickname,"
                + " coins, gifts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        long rows = 0;
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (Map.Entry<Long, long[]> row : gifts.boards.entrySet()) {
                long key = row.getKey();
                int gifter = (int) (key & 0xFFFFFF);
                int start = (int) ((key >>> 24) & 0x1FF);
                SyntheticGifts.Period period = SyntheticGifts.Period.values()[(int) ((key >>> 33) & 0x3)];
                int creator = (int) ((key >>> 35) & 0x3FF);
                boolean platform = ((key >>> 45) & 1) == 0;
                insert.setString(1, platform ? "ALL" : "CREATOR");
                insert.setString(2, platform ? "" : creatorName(creator));
                insert.setString(3, period.name());
                insert.setDate(4, Date.valueOf(period.startOf(start, gifts.today)));
                setGifter(insert, 5, gifter);
                insert.setLong(8, row.getValue()[0]);
                insert.setLong(9, row.getValue()[1]);
                rows = add(connection, insert, rows);
            }
            insert.executeBatch();
        }
        return rows;
    }

    /** The gifters per coin bucket of every board, as the app's leaderboard module keeps them. */
    private long loadBuckets(Connection connection, SyntheticGifts gifts) throws SQLException {
        Map<Long, long[]> counts = new HashMap<>();
        for (Map.Entry<Long, long[]> row : gifts.boards.entrySet()) {
            long board = row.getKey() >>> 24; // scope | creator | period | start
            counts.computeIfAbsent((board << 16) | bucket(row.getValue()[0]), k -> new long[1])[0]++;
        }
        String sql = "INSERT INTO board_gifter_bucket (scope, scope_key, period, period_start, bucket, gifters)"
                + " VALUES (?, ?, ?, ?, ?, ?)";
        long rows = 0;
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (Map.Entry<Long, long[]> row : counts.entrySet()) {
                long key = row.getKey();
                int bucket = (int) (key & 0xFFFF);
                long board = key >>> 16;
                int start = (int) (board & 0x1FF);
                SyntheticGifts.Period period = SyntheticGifts.Period.values()[(int) ((board >>> 9) & 0x3)];
                int creator = (int) ((board >>> 11) & 0x3FF);
                boolean platform = ((board >>> 21) & 1) == 0;
                insert.setString(1, platform ? "ALL" : "CREATOR");
                insert.setString(2, platform ? "" : creatorName(creator));
                insert.setString(3, period.name());
                insert.setDate(4, Date.valueOf(period.startOf(start, gifts.today)));
                insert.setInt(5, bucket);
                insert.setLong(6, row.getValue()[0]);
                rows = add(connection, insert, rows);
            }
            insert.executeBatch();
        }
        return rows;
    }

    /** The app's coin buckets (leaderboard.CoinBuckets): exact below 1,024, then 64 per doubling. */
    static int bucket(long coins) {
        if (coins < 1024) {
            return (int) coins;
        }
        int octave = 63 - Long.numberOfLeadingZeros(coins);
        return (int) (1024 + (long) (octave - 10) * 64 + ((coins - (1L << octave)) >>> (octave - 6)));
    }

    private long loadBattles(Connection connection, SyntheticGifts gifts, List<String> battleIds) throws SQLException {
        String sql = "INSERT INTO board_battle_gifter (battle_id, creator, gifter_id, gift_day, unique_id, nickname,"
                + " coins, gifts) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        long rows = 0;
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (Map.Entry<Long, long[]> row : gifts.battleGifters.entrySet()) {
                long key = row.getKey();
                int battle = (int) (key >>> 33);
                int side = (int) ((key >>> 32) & 1);
                int gifter = (int) ((key >>> 8) & 0xFFFFFF);
                int day = (int) (key & 0xFF);
                insert.setString(1, battleIds.get(battle));
                insert.setString(2, creatorName(gifts.battleCreators[battle][side]));
                insert.setString(3, gifterId(gifter));
                insert.setDate(4, Date.valueOf(gifts.today.minusDays(day)));
                insert.setString(5, "fan" + gifter);
                insert.setString(6, "Fan " + gifter);
                insert.setLong(7, row.getValue()[0]);
                insert.setLong(8, row.getValue()[1]);
                rows = add(connection, insert, rows);
            }
            insert.executeBatch();
        }
        return rows;
    }

    /** Battles, results and coins received per creator and kept period. */
    private long loadCreators(Connection connection, SyntheticGifts gifts) throws SQLException {
        Map<String, long[]> creators = new HashMap<>(); // battles, wins, losses, ties, margin, coins
        for (int b = 0; b < gifts.battles; b++) {
            LocalDate day = gifts.today.minusDays(gifts.battleDay[b]);
            long[] scores = gifts.battleScores[b];
            for (int side = 0; side < 2; side++) {
                long margin = scores[side] - scores[1 - side];
                for (SyntheticGifts.Period period : SyntheticGifts.Period.values()) {
                    int start = period.startIndex(day, gifts.today);
                    if (start < 0) {
                        continue;
                    }
                    long[] row = creators.computeIfAbsent(
                            period.name() + ":" + start + ":" + gifts.battleCreators[b][side], k -> new long[6]);
                    row[0]++;
                    row[margin > 0 ? 1 : margin < 0 ? 2 : 3]++;
                    row[4] += margin;
                    row[5] += scores[side];
                }
            }
        }
        String sql =
                "INSERT INTO board_creator (period, period_start, creator, battles, wins, losses, ties, margin_sum,"
                        + " coins) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        long rows = 0;
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (Map.Entry<String, long[]> row : creators.entrySet()) {
                String[] key = row.getKey().split(":");
                SyntheticGifts.Period period = SyntheticGifts.Period.valueOf(key[0]);
                insert.setString(1, period.name());
                insert.setDate(2, Date.valueOf(period.startOf(Integer.parseInt(key[1]), gifts.today)));
                insert.setString(3, creatorName(Integer.parseInt(key[2])));
                for (int i = 0; i < 6; i++) {
                    insert.setLong(4 + i, row.getValue()[i]);
                }
                rows = add(connection, insert, rows);
            }
            insert.executeBatch();
        }
        return rows;
    }

    private static void execute(Connection connection, List<String> statements) throws SQLException {
        try (var statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.executeUpdate(sql);
            }
        }
    }

    private static long add(Connection connection, PreparedStatement insert, long rows) throws SQLException {
        insert.addBatch();
        rows++;
        if (rows % BATCH == 0) {
            insert.executeBatch();
        }
        if (rows % COMMIT == 0) {
            connection.commit();
        }
        return rows;
    }

    private static void setGifter(PreparedStatement insert, int first, int gifter) throws SQLException {
        insert.setString(first, gifterId(gifter));
        insert.setString(first + 1, "fan" + gifter);
        insert.setString(first + 2, "Fan " + gifter);
    }

    static String gifterId(int gifter) {
        return Integer.toString(7_000_000 + gifter);
    }

    static String creatorName(int creator) {
        return "creator" + creator;
    }
}
