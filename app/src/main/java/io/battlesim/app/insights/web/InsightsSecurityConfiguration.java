package io.battlesim.app.insights.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The dashboard's pages answer a signed-out visitor themselves (what the page shows and a sign-in that comes back
 * here) instead of bouncing them home; the controllers show a creator only their own figures. The JSON API stays
 * in the main chain: signed out, it answers 401.
 */
@Configuration(proxyBeanMethods = false)
class InsightsSecurityConfiguration {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 75)
    SecurityFilterChain insightPages(HttpSecurity http, SecurityContextRepository contexts) throws Exception {
        http.securityMatcher("/analytics", "/analytics/**")
                .authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
                .csrf(csrf -> csrf.spa())
                .securityContext(context -> context.securityContextRepository(contexts))
                .requestCache(cache -> cache.disable());
        return http.build();
    }
}
