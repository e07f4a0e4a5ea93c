package io.battlesim.app.battle;

import io.battlesim.app.battle.persistence.BattleEventLog;
import io.battlesim.app.battle.persistence.BattleRepository;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the battle module: the writers' runtime, the ingest key secret, and H2 durability. */
@Configuration(proxyBeanMethods = false)
class BattleConfiguration {

    private static final Logger log = LoggerFactory.getLogger(BattleConfiguration.class);

    @Bean
    BattleRuntime battleRuntime(
            BattleEventLog eventLog,
            BattleRepository repository,
            InProcessBattleUpdates updates,
            BattleMetrics metrics,
            BattleFinisher finisher,
            BattleSettings settings,
            ObjectProvider<Clock> clock,
            DataSource dataSource,
            BattleLeases leases) {
        commitDurablyOnH2(dataSource);
        return new BattleRuntime(
                eventLog,
                repository,
                updates,
                metrics,
                finisher,
                clock.getIfUnique(Clock::systemUTC),
                settings,
                leases);
    }

    @Bean
    BattleSecrets battleSecrets(BattleSettings settings, @Value("${app.data-dir:./data}") String dataDir) {
        return BattleSecrets.load(settings.ingestKeySecret(), Path.of(dataDir));
    }

    /**
     * H2 keeps committed changes in memory and writes them to its file within half a second by default, so a
     * killed process would lose acknowledged events. With a write delay of 0 every commit is written at once (the
     * event log's group commit keeps that affordable).
     */
    static void commitDurablyOnH2(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("H2")) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET WRITE_DELAY 0");
            }
        } catch (SQLException e) {
            log.warn("Could not make H2 write every commit at once: {}", e.toString());
        }
    }
}
