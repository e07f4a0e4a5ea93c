package io.battlesim.app.auth;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Fresh, migrated databases for persistence tests: an in-memory H2 in PostgreSQL mode, and a new schema on
 * the PostgreSQL at 127.0.0.1:5432 (database {@code test}) when it answers. Neither touches {@code ./data}.
 */
public final class TestDatabases {

    private static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final List<String> POSTGRES_USERS = List.of("postgres", "root");
    private static volatile @Nullable Optional<String> postgresUser;

    private TestDatabases() {}

    /** A migrated database that a test class owns; closing it drops it. */
    public record Database(String name, DataSource dataSource, JdbcClient jdbc, Runnable dropper)
            implements AutoCloseable {

        @Override
        public void close() {
            dropper.run();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A new in-memory H2 database (MODE=PostgreSQL) with every migration applied. */
    public static Database h2() {
        String url = "jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        var dataSource = new DriverManagerDataSource(url, "sa", "");
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        return new Database("H2", dataSource, jdbc, () -> jdbc.sql("SHUTDOWN").update());
    }

    /** A new schema on the local PostgreSQL with every migration applied, or empty when it does not answer. */
    public static Optional<Database> postgres() {
        return postgresUser().map(user -> {
            String schema =
                    "test_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
            var dataSource = new DriverManagerDataSource(POSTGRES_URL + "?currentSchema=" + schema, user, "");
            Flyway.configure()
                    .dataSource(dataSource)
                    .schemas(schema)
                    .defaultSchema(schema)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            JdbcClient jdbc = JdbcClient.create(dataSource);
            return new Database(
                    "PostgreSQL",
                    dataSource,
                    jdbc,
                    () -> jdbc.sql("DROP SCHEMA " + schema + " CASCADE").update());
        });
    }

    /** Inserts a consented user straight with SQL (for tests of tables that reference {@code app_user}). */
    public static long insertUser(JdbcClient jdbc, String openId) {
        var now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
        jdbc.sql("""
                        INSERT INTO app_user (open_id, display_name, created_at, updated_at, age_confirmed_at,
                          consent_at, consent_version)
                        VALUES (:openId, :name, :now, :now, :now, :now, 'test')""")
                .param("openId", openId)
                .param("name", "User " + openId)
                .param("now", now)
                .update();
        return jdbc.sql("SELECT id FROM app_user WHERE open_id = :openId")
                .param("openId", openId)
                .query(Long.class)
                .single();
    }

    private static Optional<String> postgresUser() {
        Optional<String> known = postgresUser;
        if (known == null) {
            known = POSTGRES_USERS.stream().filter(TestDatabases::canConnect).findFirst();
            postgresUser = known;
        }
        return known;
    }

    private static boolean canConnect(String user) {
        var properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", "");
        properties.setProperty("connectTimeout", "2");
        properties.setProperty("loginTimeout", "3");
        try (Connection ignored = DriverManager.getConnection(POSTGRES_URL, properties)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }
}
