package io.battlesim.app.leaderboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.battlesim.app.auth.TestClock;
import io.battlesim.app.auth.TestDatabases;
import io.battlesim.app.auth.TestDatabases.Database;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Find your rank" among ties: gifters with equal coins share a rank and stand in gifter id order, and the neighbours
 * above and below cross from the ties to the coins beyond them. H2 always, PostgreSQL when it answers.
 */
class GifterRankTests {

    @Nested
    class OnH2 extends RankContract {
        OnH2() {
            super(Optional.of(TestDatabases.h2()));
        }
    }

    @Nested
    class OnPostgres extends RankContract {
        OnPostgres() {
            super(TestDatabases.postgres());
        }
    }

    abstract static class RankContract {

        // rank order: g1 500 | g2 g3 g4 g5 300 | g6 100 | g7 50
        private static final Map<String, Long> COINS =
                Map.of("g1", 500L, "g2", 300L, "g3", 300L, "g4", 300L, "g5", 300L, "g6", 100L, "g7", 50L);

        private final Optional<Database> database;
        private Leaderboards boards;

        RankContract(Optional<Database> database) {
            this.database = database;
        }

        @BeforeEach
        void fillTheAllTimeBoard() {
            assumeThat(database)
                    .as("PostgreSQL on 127.0.0.1:5432 is not answering")
                    .isPresent();
            JdbcClient jdbc = JdbcClient.create(database.orElseThrow().dataSource());
            Map<Integer, Long> buckets = new HashMap<>();
            COINS.forEach((gifter, coins) -> {
                jdbc.sql("INSERT INTO board_gifter (scope, scope_key, period, period_start, gifter_id, unique_id,"
                                + " nickname, coins, gifts) VALUES ('ALL', '', 'A', :start, :gifter, :name, :name,"
                                + " :coins, 1)")
                        .param("start", Date.valueOf(LocalDate.EPOCH))
                        .param("gifter", gifter)
                        .param("name", "fan." + gifter)
                        .param("coins", coins)
                        .update();
                buckets.merge(CoinBuckets.of(coins), 1L, Long::sum);
            });
            buckets.forEach((bucket, gifters) -> jdbc.sql(
                            "INSERT INTO board_gifter_bucket (scope, scope_key, period, period_start, bucket, gifters)"
                                    + " VALUES ('ALL', '', 'A', :start, :bucket, :gifters)")
                    .param("start", Date.valueOf(LocalDate.EPOCH))
                    .param("bucket", bucket)
                    .param("gifters", gifters)
                    .update());
            boards = new Leaderboards(
                    database.orElseThrow().dataSource(), TestClock.providerOf(TestClock.at("2026-12-04T12:00:00Z")));
        }

        @AfterEach
        void drop() {
            database.ifPresent(Database::close);
        }

        @Test
        void aGifterAmongTiesSeesTheTiesAroundThem() {
            GifterRank rank = boards.rankOf(null, Window.ALL, "fan.g3").orElseThrow();

            assertThat(rank.entry().rank()).isEqualTo(2);
            assertThat(ids(rank.above())).containsExactly("g1", "g2");
            assertThat(ids(rank.below())).containsExactly("g4", "g5");
        }

        @Test
        void theNeighboursCrossFromTheTiesToTheCoinsBeyond() {
            GifterRank last = boards.rankOf(null, Window.ALL, "@FAN.G5").orElseThrow();
            GifterRank first = boards.rankOf(null, Window.ALL, "fan.g2").orElseThrow();

            assertThat(ids(last.above())).containsExactly("g3", "g4");
            assertThat(ids(last.below())).containsExactly("g6", "g7");
            assertThat(last.below()).extracting(GifterEntry::rank).containsExactly(6L, 7L);
            assertThat(ids(first.above())).containsExactly("g1");
            assertThat(first.above()).extracting(GifterEntry::rank).containsExactly(1L);
            assertThat(ids(first.below())).containsExactly("g3", "g4");
        }

        @Test
        void theTopAndTheBottomHaveNeighboursOnOneSideOnly() {
            GifterRank top = boards.rankOf(null, Window.ALL, "fan.g1").orElseThrow();
            GifterRank bottom = boards.rankOf(null, Window.ALL, "fan.g7").orElseThrow();

            assertThat(top.above()).isEmpty();
            assertThat(ids(top.below())).containsExactly("g2", "g3");
            assertThat(ids(bottom.above())).containsExactly("g5", "g6");
            assertThat(bottom.below()).isEmpty();
            assertThat(bottom.entry().rank()).isEqualTo(7);
        }

        private static List<String> ids(List<GifterEntry> entries) {
            return entries.stream().map(GifterEntry::gifterId).toList();
        }
    }
}
