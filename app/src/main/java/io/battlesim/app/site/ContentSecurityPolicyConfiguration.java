package io.battlesim.app.site;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Registers {@link ContentSecurityPolicy} ahead of Spring Security, so refusals and redirects carry it too. */
@Configuration(proxyBeanMethods = false)
class ContentSecurityPolicyConfiguration {

    @Bean
    FilterRegistrationBean<ContentSecurityPolicy> contentSecurityPolicy(
            @Value("${app.tiktok.authorize-base-url:https://www.tiktok.com}") String authorizeBaseUrl) {
        var registration = new FilterRegistrationBean<>(new ContentSecurityPolicy(authorizeBaseUrl));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
