package io.battlesim.app.analytics.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * A creator's analytics are public, read-only pages and API calls, like the leaderboards; the signed-in user is
 * known as everywhere else. (A battle's analytics live under {@code /battles/**} and {@code /api/battles/**}, which
 * the battle pages' and the main chain already open to anyone: the controllers check hidden battles.)
 */
@Configuration(proxyBeanMethods = false)
class AnalyticsSecurityConfiguration {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 70)
    SecurityFilterChain creatorAnalyticsPages(HttpSecurity http, SecurityContextRepository contexts) throws Exception {
        http.securityMatcher("/creators/**", "/api/creators/**")
                .authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
                .csrf(csrf -> csrf.spa())
                .securityContext(context -> context.securityContextRepository(contexts))
                .requestCache(cache -> cache.disable());
        return http.build();
    }
}
