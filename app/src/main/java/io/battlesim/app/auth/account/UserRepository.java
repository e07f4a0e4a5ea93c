package io.battlesim.app.auth.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code app_user} table: only users who gave consent are ever in it. */
@Repository
public class UserRepository {

    private static final String COLUMNS = "id, open_id, union_id, display_name, avatar_url, username, created_at,"
            + " updated_at, age_confirmed_at, consent_at, consent_version";

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AppUser> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE id = :id")
                .param("id", id)
                .query(UserRepository::map)
                .optional();
    }

    public Optional<AppUser> findByOpenId(String openId) {
        Objects.requireNonNull(openId, "openId must not be null");
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE open_id = :openId")
                .param("openId", openId)
                .query(UserRepository::map)
                .optional();
    }

    /** Stores a new user with their consent and returns it with its id. */
    public AppUser create(TikTokProfile profile, Consent consent, Instant now) {
        Map<String, @Nullable Object> params = profileParameters(profile, now);
        params.put("ageConfirmedAt", utc(consent.ageConfirmedAt()));
        params.put("consentAt", utc(consent.consentAt()));
        params.put("consentVersion", consent.version());
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO app_user (open_id, union_id, display_name, avatar_url, username, created_at,
                          updated_at, age_confirmed_at, consent_at, consent_version)
                        VALUES (:openId, :unionId, :displayName, :avatarUrl, :username, :now, :now,
                          :ageConfirmedAt, :consentAt, :consentVersion)""").params(params).update(keys, "id");
        long id = Objects.requireNonNull(keys.getKey(), "generated id").longValue();
        return findById(id).orElseThrow(() -> new IllegalStateException("user " + id + " vanished after insert"));
    }

    /** Refreshes the profile fields TikTok returned at the latest sign-in. */
    public void updateProfile(long id, TikTokProfile profile, Instant now) {
        Map<String, @Nullable Object> params = profileParameters(profile, now);
        params.put("id", id);
        jdbc.sql("""
                        UPDATE app_user SET union_id = :unionId, display_name = :displayName,
                          avatar_url = :avatarUrl, username = :username, updated_at = :now
                        WHERE id = :id AND open_id = :openId""").params(params).update();
    }

    /** Records a renewed consent (to the privacy notice version in {@code consent}). */
    public void updateConsent(long id, Consent consent) {
        jdbc.sql("""
                        UPDATE app_user SET age_confirmed_at = :ageConfirmedAt, consent_at = :consentAt,
                          consent_version = :version
                        WHERE id = :id""")
                .param("ageConfirmedAt", utc(consent.ageConfirmedAt()))
                .param("consentAt", utc(consent.consentAt()))
                .param("version", consent.version())
                .param("id", id)
                .update();
    }

    /** Deletes the user; their tokens and app sessions go with them (ON DELETE CASCADE). */
    public boolean delete(long id) {
        return jdbc.sql("DELETE FROM app_user WHERE id = :id").param("id", id).update() > 0;
    }

    private static Map<String, @Nullable Object> profileParameters(TikTokProfile profile, Instant now) {
        Map<String, @Nullable Object> params = new HashMap<>();
        params.put("openId", profile.openId());
        params.put("unionId", profile.unionId());
        params.put("displayName", profile.displayName());
        params.put("avatarUrl", profile.avatarUrl());
        params.put("username", profile.username());
        params.put("now", utc(now));
        return params;
    }

    private static AppUser map(ResultSet rs, int row) throws SQLException {
        return new AppUser(
                rs.getLong("id"),
                rs.getString("open_id"),
                rs.getString("union_id"),
                rs.getString("display_name"),
                rs.getString("avatar_url"),
                rs.getString("username"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"),
                instant(rs, "age_confirmed_at"),
                instant(rs, "consent_at"),
                rs.getString("consent_version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
