package io.battlesim.app.auth.token;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code tiktok_token} table; it only ever sees sealed tokens. */
@Repository
class TokenRepository {

    private static final String COLUMNS = "user_id, access_token_enc, access_expires_at, refresh_token_enc,"
            + " refresh_expires_at, scopes, status, updated_at";

    private final JdbcClient jdbc;

    TokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts or replaces the row of {@code tokens.userId()}. */
    void save(SealedTokens tokens) {
        int updated = jdbc.sql("""
                        UPDATE tiktok_token SET access_token_enc = :access, access_expires_at = :accessExpires,
                          refresh_token_enc = :refresh, refresh_expires_at = :refreshExpires, scopes = :scopes,
                          status = :status, updated_at = :updatedAt
                        WHERE user_id = :userId""").params(parameters(tokens)).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO tiktok_token (" + COLUMNS + ") VALUES (:userId, :access, :accessExpires,"
                            + " :refresh, :refreshExpires, :scopes, :status, :updatedAt)")
                    .params(parameters(tokens))
                    .update();
        }
    }

    Optional<SealedTokens> find(long userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tiktok_token WHERE user_id = :userId")
                .param("userId", userId)
                .query(TokenRepository::map)
                .optional();
    }

    boolean delete(long userId) {
        return jdbc.sql("DELETE FROM tiktok_token WHERE user_id = :userId")
                        .param("userId", userId)
                        .update()
                > 0;
    }

    void markStatus(long userId, TokenStatus status, Instant now) {
        jdbc.sql("UPDATE tiktok_token SET status = :status, updated_at = :now WHERE user_id = :userId")
                .param("status", status.name())
                .param("now", utc(now))
                .param("userId", userId)
                .update();
    }

    /** Owners of active rows whose access token expires before {@code threshold}, soonest first. */
    List<TokenOwner> activeExpiringBefore(Instant threshold) {
        return jdbc.sql("""
                        SELECT t.user_id, u.open_id FROM tiktok_token t JOIN app_user u ON u.id = t.user_id
                        WHERE t.status = 'ACTIVE' AND t.access_expires_at < :threshold
                        ORDER BY t.access_expires_at""")
                .param("threshold", utc(threshold))
                .query((rs, row) -> new TokenOwner(rs.getLong("user_id"), rs.getString("open_id")))
                .list();
    }

    /**
     * Locks the row of {@code userId} until the caller's transaction ends, waiting while another transaction (another
     * node's refresh) holds it.
     *
     * @return false when there is no row
     */
    boolean lock(long userId) {
        return !jdbc.sql("SELECT user_id FROM tiktok_token WHERE user_id = :userId FOR UPDATE")
                .param("userId", userId)
                .query(Long.class)
                .list()
                .isEmpty();
    }

    /**
     * Locks the row of {@code userId} until the caller's transaction ends if it is active, its access token expires
     * before {@code threshold} and no other transaction holds it; never waits. A row another node refreshed and
     * committed meanwhile no longer expires before the threshold, so it is not taken again.
     *
     * @return whether the row is now locked by the caller's transaction
     */
    boolean lockIfExpiringBefore(long userId, Instant threshold) {
        return !jdbc.sql("""
                        SELECT user_id FROM tiktok_token
                        WHERE user_id = :userId AND status = 'ACTIVE' AND access_expires_at < :threshold
                        FOR UPDATE SKIP LOCKED""")
                .param("userId", userId)
                .param("threshold", utc(threshold))
                .query(Long.class)
                .list()
                .isEmpty();
    }

    /** The user (who gave consent) with this open_id. */
    Optional<TokenOwner> findOwner(String openId) {
        return jdbc.sql("SELECT id, open_id FROM app_user WHERE open_id = :openId")
                .param("openId", openId)
                .query((rs, row) -> new TokenOwner(rs.getLong("id"), rs.getString("open_id")))
                .optional();
    }

    private static Map<String, Object> parameters(SealedTokens tokens) {
        return Map.of(
                "userId", tokens.userId(),
                "access", tokens.accessTokenSealed(),
                "accessExpires", utc(tokens.accessExpiresAt()),
                "refresh", tokens.refreshTokenSealed(),
                "refreshExpires", utc(tokens.refreshExpiresAt()),
                "scopes", tokens.scopes(),
                "status", tokens.status().name(),
                "updatedAt", utc(tokens.updatedAt()));
    }

    private static SealedTokens map(ResultSet rs, int row) throws SQLException {
        return new SealedTokens(
                rs.getLong("user_id"),
                rs.getString("access_token_enc"),
                instant(rs, "access_expires_at"),
                rs.getString("refresh_token_enc"),
                instant(rs, "refresh_expires_at"),
                rs.getString("scopes"),
                TokenStatus.valueOf(rs.getString("status")),
                instant(rs, "updated_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
