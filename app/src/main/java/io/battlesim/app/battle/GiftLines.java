package io.battlesim.app.battle;

import io.battlesim.engine.ApplyResult;
import io.battlesim.engine.Change;
import io.battlesim.engine.scoring.Saturating;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Sums the gifts a write of the battle's writer committed per creator and gifter, for {@link BattleTally.Gifts}.
 * Reused batch after batch by the writer thread; a creator is the username of the room the gift was sent in.
 */
final class GiftLines {

    private final Map<String, String> creatorByRoom = new HashMap<>();
    private final Map<String, Line> lines = new HashMap<>();
    private final boolean practice;

    GiftLines(BattleSetup setup) {
        this.practice = setup.simulated();
        for (SideSetup side : setup.sides()) {
            for (RoomBinding room : side.rooms()) {
                creatorByRoom.put(room.roomId(), room.username().toLowerCase(Locale.ROOT));
            }
        }
    }

    void clear() {
        lines.clear();
    }

    void add(ApplyResult result) {
        if (!(result instanceof ApplyResult.Applied applied)) {
            return;
        }
        for (Change change : applied.changes()) {
            if (change instanceof Change.GiftCommitted gift) {
                String creator = creatorByRoom.getOrDefault(gift.roomId(), gift.roomId());
                lines.computeIfAbsent(creator + '\n' + gift.sender().userId(), key -> new Line(creator))
                        .add(gift);
            }
        }
    }

    /**
     * The tally of what was added since {@link #clear()}, counted on the UTC day of {@code at}; null if none or a
     * practice battle.
     */
    BattleTally.@Nullable Gifts tally(String battleId, Instant at) {
        if (lines.isEmpty() || practice) {
            // practice and simulated gifts never count on the leaderboards
            return null;
        }
        List<BattleTally.GiftLine> tally = new ArrayList<>(lines.size());
        lines.values().forEach(line -> tally.add(line.toLine()));
        return new BattleTally.Gifts(battleId, LocalDate.ofInstant(at, ZoneOffset.UTC), tally);
    }

    private static final class Line {
        private final String creator;
        private Change.@Nullable GiftCommitted latest;
        private long coins;
        private long gifts;

        Line(String creator) {
            this.creator = creator;
        }

        void add(Change.GiftCommitted gift) {
            latest = gift;
            coins = Saturating.add(coins, gift.coins());
            gifts++;
        }

        BattleTally.GiftLine toLine() {
            var sender = java.util.Objects.requireNonNull(latest).sender();
            return new BattleTally.GiftLine(
                    creator, sender.userId(), sender.uniqueId(), sender.nickname(), coins, gifts);
        }
    }
}
