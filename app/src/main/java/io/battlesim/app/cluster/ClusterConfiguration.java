package io.battlesim.app.cluster;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Cluster mode's shared pieces. Refuses to start a cluster on anything but PostgreSQL, or without the secrets every
 * node must share: the nodes would otherwise each keep their own database, trust anybody's forwarded calls, or derive
 * different ingest keys and token keys.
 */
@Configuration(proxyBeanMethods = false)
@OnClusterMode
class ClusterConfiguration {

    @Bean(destroyMethod = "close")
    ClusterRedis clusterRedis(ClusterSettings settings, DataSource dataSource, Environment environment)
            throws Exception {
        // secrets a single node generates into its data directory must be the same on every node
        for (String[] shared : new String[][] {
            {"app.battle.ingest-key-secret", "BATTLE_INGEST_KEY_SECRET"},
            {"app.security.token-encryption-key", "TOKEN_ENCRYPTION_KEY"}
        }) {
            if (environment.getProperty(shared[0], "").isBlank()) {
                throw new IllegalStateException("Cluster mode needs " + shared[1] + " set, the same on every node");
            }
        }
        try (var connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            if (!"PostgreSQL".equalsIgnoreCase(product)) {
                throw new IllegalStateException("Cluster mode (CLUSTER_REDIS_URL) needs a PostgreSQL DATABASE_URL that"
                        + " every node shares, but the database is " + product);
            }
        }
        if (settings.secret() == null || settings.secret().length() < 16) {
            throw new IllegalStateException(
                    "Cluster mode needs CLUSTER_SECRET (at least 16 characters, the same on every node)");
        }
        return new ClusterRedis(settings.redisUrl());
    }

    @Bean(destroyMethod = "close")
    ClusterEvents clusterEvents(ClusterRedis redis, ClusterSettings settings) {
        return new ClusterEvents(redis, settings);
    }
}
