package io.battlesim.app.audience.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The viewer page is for anyone with the link, signed in or not; a signed-in viewer is recognised from the same
 * session as on every other page (their name goes with their votes).
 */
@Configuration(proxyBeanMethods = false)
class ViewerSecurityConfiguration {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 50)
    SecurityFilterChain viewerPages(HttpSecurity http, SecurityContextRepository contexts) throws Exception {
        http.securityMatcher("/v/**")
                .authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
                .csrf(csrf -> csrf.spa())
                .securityContext(context -> context.securityContextRepository(contexts))
                .requestCache(cache -> cache.disable());
        return http.build();
    }
}
