package io.battlesim.app.leaderboard.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextRepository;

/** The boards are public, read-only pages and API calls; the signed-in user is known as everywhere else. */
@Configuration(proxyBeanMethods = false)
class LeaderboardSecurityConfiguration {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 60)
    SecurityFilterChain leaderboardPages(HttpSecurity http, SecurityContextRepository contexts) throws Exception {
        http.securityMatcher("/leaderboards", "/leaderboards/**", "/api/leaderboards/**")
                .authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
                .csrf(csrf -> csrf.spa())
                .securityContext(context -> context.securityContextRepository(contexts))
                .requestCache(cache -> cache.disable());
        return http.build();
    }
}
