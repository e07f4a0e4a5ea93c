package io.battlesim.app.leaderboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.battlesim.app.auth.TestClock;
import io.battlesim.app.auth.TestDatabases;
import io.battlesim.app.auth.TestDatabases.Database;
import io.battlesim.app.battle.Admission;
import io.battlesim.app.battle.BattleManagement;
import io.battlesim.app.battle.BattleRules;
import io.battlesim.app.battle.BattleSetup;
import io.battlesim.app.battle.BattleTestRig;
import io.battlesim.app.battle.BattleView;
import io.battlesim.app.battle.RoomBinding;
import io.battlesim.app.battle.SideSetup;
import io.battlesim.app.battle.SourceKind;
import io.battlesim.app.leaderboard.totals.BoardTotals;
import io.battlesim.engine.event.Gift;
import io.battlesim.engine.event.GiftReceived;
import io.battlesim.engine.event.Sender;
import io.battlesim.engine.powerup.PowerUpKind;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The boards against a brute-force count of every gift the battles accepted: random battles over a few days that
 * cross a day, a week and a month boundary, equal totals (ties), duplicates and late gifts (which must not count), a
 * hidden battle and a deleted one; every window read as seen from each of those days (the window that holds the
 * day). H2 always, PostgreSQL when it answers.
 */
class LeaderboardsTests {

    @Nested
    class OnH2 extends BoardContract {
        OnH2() {
            super(Optional.of(TestDatabases.h2()));
        }
    }

    @Nested
    class OnPostgres extends BoardContract {
        OnPostgres() {
            super(TestDatabases.postgres());
        }
    }

    abstract static class BoardContract {

        private static final List<String> CREATORS = List.of("ava.sparks", "leo.beats", "mia.moves", "kai.games");
        private static final int[] PRICES = {1, 5, 10, 99, 299};

        private final Optional<Database> database;
        // Saturday 31 January 2026, 22:00 UTC: the run crosses midnight, a month end and a Monday (2 February)
        private final TestClock clock = TestClock.at("2026-01-31T22:00:00Z");
        private final List<Counted> counted = new ArrayList<>();
        private final Map<String, List<Outcome>> outcomes = new HashMap<>();
        private @Nullable BattleTestRig rig;

        BoardContract(Optional<Database> database) {
            this.database = database;
        }

        record Counted(String battleId, String creator, String gifterId, String uniqueId, LocalDate day, long coins) {}

        record Outcome(String creator, LocalDate day, int result) {} // 1 win, 0 tie, -1 loss

        @AfterEach
        void stopAndDrop() {
            if (rig != null) {
                rig.stop();
            }
            database.ifPresent(Database::close);
        }

        @Test
        void matchesABruteForceCountOfEveryAcceptedGift() { // GH-12
            assumeThat(database)
                    .as("PostgreSQL on 127.0.0.1:5432 is not answering")
                    .isPresent();
            rig = BattleTestRig.on(database.orElseThrow(), clock);
            BattleManagement battles = rig.battles();
            BoardTotals totals =
                    new BoardTotals(rig.tallies(), database.orElseThrow().dataSource());
            Leaderboards boards = new Leaderboards(database.orElseThrow().dataSource(), TestClock.providerOf(clock));
            SplittableRandom random = new SplittableRandom(20261204L);

            List<String> ids = new ArrayList<>();
            for (int b = 0; b < 10; b++) {
                ids.add(playBattle(battles, random, b));
                clock.advance(Duration.ofMinutes(20 + random.nextInt(400)));
                if (b % 3 == 1) {
                    totals.drainAll(); // some tallies reach the boards early, others wait for the end
                }
            }
            String hidden = ids.get(2);
            String deleted = ids.get(5);
            totals.drainAll();
            assertThat(totals.hide(hidden)).isTrue();
            assertThat(totals.hide(hidden)).as("hiding twice changes nothing").isFalse();
            totals.forget(deleted); // what the app's BattleDeleting listener does in the deleting transaction
            battles.delete(deleted);
            String shown = ids.get(7);
            assertThat(totals.hide(shown)).isTrue();
            assertThat(totals.show(shown)).isTrue();

            Set<String> left = Set.of(hidden, deleted);
            LocalDate first = LocalDate.of(2026, 1, 31);
            for (LocalDate day = first; !day.isAfter(first.plusDays(5)); day = day.plusDays(1)) {
                clock.set(day.atTime(12, 0).toInstant(ZoneOffset.UTC));
                for (Window window : Window.values()) {
                    assertBoard(boards, null, window, day, left);
                    for (String creator : CREATORS) {
                        assertBoard(boards, creator, window, day, left);
                    }
                    assertCreators(boards, window, day, left);
                }
            }
            assertThat(boards.battleGifters(hidden, 500))
                    .as("a hidden battle keeps its own board")
                    .isNotEmpty();
            assertThat(boards.battleGifters(deleted, 500)).isEmpty();
            for (String id : ids) {
                if (!id.equals(deleted)) {
                    assertBattleBoard(boards, id);
                }
            }

            // Weeks later: past periods are pruned; hiding an old battle then takes it off the all-time boards only.
            LocalDate later = first.plusDays(70);
            clock.set(later.atTime(12, 0).toInstant(ZoneOffset.UTC));
            assertThat(totals.prune(later)).isPositive();
            var jdbc = database.orElseThrow().jdbc();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM board_gifter WHERE period <> 'A'")
                            .query(Long.class)
                            .single())
                    .as("rows of periods no board shows")
                    .isZero();
            String old = ids.get(0);
            assertThat(totals.hide(old)).isTrue();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM board_gifter WHERE coins < 0 OR gifts < 0")
                            .query(Long.class)
                            .single())
                    .isZero();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM board_gifter WHERE period <> 'A'")
                            .query(Long.class)
                            .single())
                    .as("no past period comes back")
                    .isZero();
            assertBoard(boards, null, Window.ALL, later, Set.of(hidden, deleted, old));
        }

        private String playBattle(BattleManagement battles, SplittableRandom random, int number) {
            String a = CREATORS.get(number % CREATORS.size());
            String b = CREATORS.get((number + 1 + random.nextInt(CREATORS.size() - 1)) % CREATORS.size());
            BattleView battle = battles.create(new BattleSetup(
                    "Battle " + number,
                    List.of(
                            new SideSetup(a, List.of(RoomBinding.host(a, "r-" + a, "u-" + a))),
                            new SideSetup(b, List.of(RoomBinding.host(b, "r-" + b, "u-" + b)))),
                    new BattleRules(Duration.ofHours(2), null, 0, EnumSet.noneOf(PowerUpKind.class)),
                    SourceKind.INGEST,
                    null));
            String id = battles.start(battle.id()).id();
            long[] scores = new long[2];
            List<GiftReceived> sent = new ArrayList<>();
            for (int g = 0; g < 40; g++) {
                clock.advance(Duration.ofSeconds(random.nextInt(240)));
                int side = random.nextInt(2);
                String creator = side == 0 ? a : b;
                int viewer = random.nextInt(12);
                int price = PRICES[random.nextInt(PRICES.length)];
                GiftReceived gift = new GiftReceived(
                        id + "-g" + g,
                        "r-" + creator,
                        new Sender("id-" + viewer, "Fan" + viewer, "Fan <" + viewer + ">"),
                        null,
                        new Gift(9000 + price, "Gift " + price, 2, price),
                        1,
                        false,
                        null,
                        clock.millis());
                submit(battles, id, creator, gift, scores, side);
                if (random.nextInt(6) == 0 && !sent.isEmpty()) {
                    GiftReceived again = sent.get(random.nextInt(sent.size()));
                    assertThat(battles.submit(id, again).join()).isEqualTo(Admission.DUPLICATE);
                }
                sent.add(gift);
            }
            battles.end(id);
            LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
            GiftReceived late = new GiftReceived(
                    id + "-late",
                    "r-" + a,
                    new Sender("id-1", "Fan1", "Fan 1"),
                    null,
                    new Gift(9299, "Late", 2, 299),
                    1,
                    false,
                    null,
                    clock.millis());
            assertThat(battles.submit(id, late).join().status()).isEqualTo("late");
            int winner = Long.compare(scores[0], scores[1]);
            outcomes.put(id, List.of(new Outcome(a, day, winner), new Outcome(b, day, -winner)));
            return id;
        }

        private void submit(
                BattleManagement battles, String id, String creator, GiftReceived gift, long[] scores, int side) {
            Admission admission = battles.submit(id, gift).join();
            assertThat(admission).isEqualTo(Admission.ACCEPTED);
            long coins = gift.gift().diamondCount();
            scores[side] += coins;
            counted.add(new Counted(
                    id,
                    creator,
                    gift.sender().userId(),
                    gift.sender().uniqueId().toLowerCase(),
                    LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC),
                    coins));
        }

        /** A battle's own board: every gifter's coins in it, whichever side they gave to, most first. */
        private void assertBattleBoard(Leaderboards boards, String battleId) {
            Map<String, Long> coins = new HashMap<>();
            counted.stream()
                    .filter(gift -> gift.battleId().equals(battleId))
                    .forEach(gift -> coins.merge(gift.gifterId(), gift.coins(), Long::sum));
            List<String> order = coins.keySet().stream()
                    .sorted(Comparator.comparing((String gifter) -> coins.get(gifter))
                            .reversed()
                            .thenComparing(Comparator.naturalOrder()))
                    .toList();
            List<GifterEntry> board = boards.battleGifters(battleId, 500);
            assertThat(board)
                    .extracting(GifterEntry::gifterId)
                    .as("battle %s", battleId)
                    .containsExactlyElementsOf(order);
            assertThat(board)
                    .extracting(GifterEntry::coins)
                    .containsExactlyElementsOf(order.stream().map(coins::get).toList());
        }

        private void assertBoard(
                Leaderboards boards, @Nullable String creator, Window window, LocalDate today, Set<String> left) {
            LocalDate start = window.start(today);
            Map<String, Long> coins = new HashMap<>();
            Map<String, String> names = new HashMap<>();
            for (Counted gift : counted) {
                if (left.contains(gift.battleId())
                        || (creator != null && !creator.equals(gift.creator()))
                        || !window.start(gift.day()).equals(start)) {
                    continue;
                }
                coins.merge(gift.gifterId(), gift.coins(), Long::sum);
                names.put(gift.gifterId(), gift.uniqueId());
            }
            List<String> order = new ArrayList<>(coins.keySet());
            order.sort(
                    Comparator.comparing((String g) -> coins.get(g)).reversed().thenComparing(g -> g));
            List<GifterEntry> expected = new ArrayList<>();
            for (String gifter : order) {
                long rank = 1
                        + coins.values().stream()
                                .filter(c -> c > coins.get(gifter))
                                .count();
                expected.add(new GifterEntry(rank, gifter, names.get(gifter), "", coins.get(gifter), 0));
            }

            List<GifterEntry> actual = boards.topGifters(creator, window, 500, 0);

            String board = (creator == null ? "platform" : creator) + " " + window + " on " + today;
            assertThat(actual)
                    .as(board)
                    .usingRecursiveFieldByFieldElementComparatorIgnoringFields("nickname", "gifts")
                    .containsExactlyElementsOf(expected);
            for (GifterEntry entry : sample(expected)) {
                assertThat(boards.rankOf(creator, window, "@" + entry.uniqueId().toUpperCase()))
                        .as("rank of %s on %s", entry.uniqueId(), board)
                        .hasValueSatisfying(
                                rank -> assertThat(rank.entry().rank()).isEqualTo(entry.rank()));
            }
            if (expected.size() > 4) {
                GifterEntry middle = expected.get(expected.size() / 2);
                GifterRank rank =
                        boards.rankOf(creator, window, middle.uniqueId()).orElseThrow();
                int at = expected.indexOf(middle);
                assertThat(rank.above())
                        .extracting(GifterEntry::gifterId)
                        .containsExactlyElementsOf(expected.subList(Math.max(0, at - 2), at).stream()
                                .map(GifterEntry::gifterId)
                                .toList());
                assertThat(rank.below())
                        .extracting(GifterEntry::gifterId)
                        .containsExactlyElementsOf(expected.subList(at + 1, Math.min(expected.size(), at + 3)).stream()
                                .map(GifterEntry::gifterId)
                                .toList());
            }
            if (expected.size() > 3) {
                assertThat(boards.topGifters(creator, window, 2, 2))
                        .as("a later page of " + board)
                        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("nickname", "gifts")
                        .containsExactlyElementsOf(expected.subList(2, 4));
            }
        }

        /** The first, a middle and the last line: each rank lookup is a query of its own. */
        private static List<GifterEntry> sample(List<GifterEntry> entries) {
            if (entries.size() <= 3) {
                return entries;
            }
            return List.of(entries.getFirst(), entries.get(entries.size() / 2), entries.getLast());
        }

        private void assertCreators(Leaderboards boards, Window window, LocalDate today, Set<String> left) {
            LocalDate start = window.start(today);
            Map<String, long[]> expected = new HashMap<>(); // battles, wins, coins
            for (var battle : outcomes.entrySet()) {
                if (left.contains(battle.getKey())) {
                    continue;
                }
                for (Outcome outcome : battle.getValue()) {
                    if (window.start(outcome.day()).equals(start)) {
                        long[] row = expected.computeIfAbsent(outcome.creator(), c -> new long[3]);
                        row[0]++;
                        row[1] += outcome.result() == 1 ? 1 : 0;
                    }
                }
            }
            for (Counted gift : counted) {
                if (!left.contains(gift.battleId()) && window.start(gift.day()).equals(start)) {
                    expected.computeIfAbsent(gift.creator(), c -> new long[3])[2] += gift.coins();
                }
            }
            Set<String> seen = new HashSet<>();
            for (CreatorEntry entry : boards.topCreators(window, CreatorOrder.COINS, 1, 500)) {
                long[] row = expected.get(entry.creator());
                assertThat(row)
                        .as("%s %s on %s", entry.creator(), window, today)
                        .isNotNull();
                assertThat(new long[] {entry.battles(), entry.wins(), entry.coins()})
                        .as("%s %s on %s", entry.creator(), window, today)
                        .containsExactly(row);
                seen.add(entry.creator());
            }
            assertThat(seen).as("creators %s on %s", window, today).isEqualTo(expected.keySet());
        }
    }
}
