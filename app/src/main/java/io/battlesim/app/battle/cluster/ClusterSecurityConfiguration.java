package io.battlesim.app.battle.cluster;

import io.battlesim.app.cluster.OnClusterMode;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Calls between nodes carry the cluster's shared secret, checked by {@link ClusterBattleController}; they have no
 * session and no CSRF token.
 */
@Configuration(proxyBeanMethods = false)
@OnClusterMode
class ClusterSecurityConfiguration {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 40)
    SecurityFilterChain clusterCalls(HttpSecurity http) throws Exception {
        http.securityMatcher("/internal/cluster/**")
                .authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable());
        return http.build();
    }
}
