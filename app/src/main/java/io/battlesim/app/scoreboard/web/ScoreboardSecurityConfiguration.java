package io.battlesim.app.scoreboard.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The battle pages, streams and overlays are for viewers: anyone may look (an OBS browser source has no
 * session). Changes (start, end, boosters) are forms protected by CSRF exactly like the rest of the site (the
 * same cookie-based token), and the controllers decide who may make them: the signed-in owner, or anyone in
 * emulator mode. The signed-in user comes from the same session as on every other page.
 */
@Configuration(proxyBeanMethods = false)
class ScoreboardSecurityConfiguration {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 50)
    SecurityFilterChain battlePages(HttpSecurity http, SecurityContextRepository contexts) throws Exception {
        http.securityMatcher("/battles", "/battles/**", "/overlay/**")
                .authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
                .csrf(csrf -> csrf.spa())
                .securityContext(context -> context.securityContextRepository(contexts))
                .requestCache(cache -> cache.disable());
        return http.build();
    }
}
