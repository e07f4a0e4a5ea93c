package io.battlesim.app.auth.session;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code api_session} table, keyed by the hash of the session token. */
@Repository
class ApiSessionRepository {

    private final JdbcClient jdbc;

    ApiSessionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String tokenHash, long userId, Instant createdAt, Instant expiresAt) {
        jdbc.sql("""
                        INSERT INTO api_session (token_hash, user_id, created_at, expires_at)
                        VALUES (:hash, :userId, :createdAt, :expiresAt)""")
                .param("hash", tokenHash)
                .param("userId", userId)
                .param("createdAt", utc(createdAt))
                .param("expiresAt", utc(expiresAt))
                .update();
    }

    /** The user of a session that has not expired at {@code now}. */
    Optional<Long> findLiveUser(String tokenHash, Instant now) {
        return jdbc.sql("SELECT user_id FROM api_session WHERE token_hash = :hash AND expires_at > :now")
                .param("hash", tokenHash)
                .param("now", utc(now))
                .query(Long.class)
                .optional();
    }

    boolean delete(String tokenHash) {
        return jdbc.sql("DELETE FROM api_session WHERE token_hash = :hash")
                        .param("hash", tokenHash)
                        .update()
                > 0;
    }

    int deleteAllOf(long userId) {
        return jdbc.sql("DELETE FROM api_session WHERE user_id = :userId")
                .param("userId", userId)
                .update();
    }

    int deleteExpired(Instant now) {
        return jdbc.sql("DELETE FROM api_session WHERE expires_at <= :now")
                .param("now", utc(now))
                .update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
