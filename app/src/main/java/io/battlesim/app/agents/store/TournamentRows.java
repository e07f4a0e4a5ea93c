package io.battlesim.app.agents.store;

import io.battlesim.app.agents.TournamentCrowd;
import io.battlesim.app.agents.TournamentStatus;
import io.battlesim.app.agents.TournamentView;
import io.battlesim.engine.agent.StrategyKind;
import io.battlesim.engine.tournament.Pairing;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Rows of the tournament tables as views, and instants as the UTC timestamps they are stored as. */
final class TournamentRows {

    private TournamentRows() {}

    static TournamentView tournament(ResultSet rs, List<TournamentView.Entrant> entrants) throws SQLException {
        long owner = rs.getLong("owner_user_id");
        Long ownerId = rs.wasNull() ? null : owner;
        return new TournamentView(
                rs.getLong("id"),
                rs.getString("name"),
                ownerId,
                Pairing.valueOf(rs.getString("format")),
                rs.getInt("rounds"),
                rs.getInt("games_per_pairing"),
                rs.getInt("battle_seconds"),
                TournamentCrowd.valueOf(rs.getString("crowd")),
                nullableInt(rs, "crowd_battles"),
                rs.getLong("seed"),
                TournamentStatus.valueOf(rs.getString("status")),
                rs.getInt("games_done"),
                rs.getInt("games_total"),
                instant(rs, "created_at"),
                nullableInstant(rs, "started_at"),
                nullableInstant(rs, "ended_at"),
                entrants);
    }

    private static @Nullable Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    static TournamentView.Entrant entrant(ResultSet rs, int row) throws SQLException {
        int rank = rs.getInt("standing_rank");
        TournamentView.Standing standing = rs.wasNull()
                ? null
                : new TournamentView.Standing(
                        rank,
                        rs.getInt("games"),
                        rs.getInt("wins"),
                        rs.getInt("losses"),
                        rs.getInt("ties"),
                        rs.getDouble("rating"),
                        rs.getDouble("deviation"),
                        rs.getDouble("volatility"));
        return new TournamentView.Entrant(
                rs.getInt("entry_order"),
                rs.getString("agent_key"),
                rs.getString("name"),
                StrategyKind.valueOf(rs.getString("strategy")),
                rs.getLong("budget"),
                ParamsColumn.read(rs.getString("params")),
                standing);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return Objects.requireNonNull(nullableInstant(rs, column), column);
    }

    static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
