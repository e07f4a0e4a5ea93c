package io.battlesim.app.publish.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * TikTok's side of publishing needs no session: it pulls result cards from {@code /cards/**} (unguessable URLs,
 * public by design) and calls {@code /webhooks/tiktok}, which proves itself with its signature instead of a
 * cookie, so CSRF does not apply and no session is created or read.
 */
@Configuration(proxyBeanMethods = false)
class PublishSecurityConfiguration {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 40)
    SecurityFilterChain tiktokCallbacks(HttpSecurity http) throws Exception {
        http.securityMatcher("/cards/**", "/webhooks/**")
                .authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .anonymous(anonymous -> anonymous.disable());
        return http.build();
    }
}
