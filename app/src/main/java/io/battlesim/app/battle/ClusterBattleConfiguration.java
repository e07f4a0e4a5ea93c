package io.battlesim.app.battle;

import io.battlesim.app.battle.cluster.HttpRemoteBattles;
import io.battlesim.app.battle.cluster.JdbcBattleLeases;
import io.battlesim.app.battle.cluster.RedisOddsShare;
import io.battlesim.app.battle.cluster.RedisUpdateRelay;
import io.battlesim.app.battle.persistence.BattleJson;
import io.battlesim.app.cluster.ClusterRedis;
import io.battlesim.app.cluster.ClusterSettings;
import io.battlesim.app.cluster.OnClusterMode;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The battle module in cluster mode: writer leases in PostgreSQL, updates through Redis Streams, and events for
 * another node's battles forwarded to it.
 */
@Configuration(proxyBeanMethods = false)
@OnClusterMode
class ClusterBattleConfiguration {

    @Bean
    JdbcBattleLeases battleLeases(
            DataSource dataSource, ClusterSettings settings, @Value("${server.port:8080}") int port) {
        String internalUrl =
                settings.internalUrl() == null || settings.internalUrl().isBlank()
                        ? "http://127.0.0.1:" + port
                        : settings.internalUrl().strip();
        return new JdbcBattleLeases(dataSource, settings, internalUrl);
    }

    @Bean(destroyMethod = "close")
    RedisUpdateRelay updateRelay(ClusterRedis redis, BattleJson json, BattleSettings settings) {
        return new RedisUpdateRelay(redis, json, settings.updatesBuffer());
    }

    @Bean
    RedisOddsShare oddsShare(ClusterRedis redis, BattleJson json) {
        return new RedisOddsShare(redis, json);
    }

    @Bean
    HttpRemoteBattles remoteBattles(
            BattleLeases leases, BattleJson json, ClusterSettings settings, @Lazy InProcessBattleUpdates updates) {
        return new HttpRemoteBattles(leases, json, String.valueOf(settings.secret()), updates::followedSnapshot);
    }
}
