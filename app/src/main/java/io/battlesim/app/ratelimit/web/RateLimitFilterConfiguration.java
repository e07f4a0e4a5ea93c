package io.battlesim.app.ratelimit.web;

import io.battlesim.app.ratelimit.RateLimits;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The two limit filters, one on each side of Spring Security's filter chain. */
@Configuration(proxyBeanMethods = false)
class RateLimitFilterConfiguration {

    @Bean
    FilterRegistrationBean<AddressLimitFilter> addressLimitFilter(RateLimits limits, JsonMapper json) {
        var registration = new FilterRegistrationBean<>(new AddressLimitFilter(limits, new Refusals(json)));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<UsageLimitFilter> usageLimitFilter(RateLimits limits, JsonMapper json) {
        var registration = new FilterRegistrationBean<>(new UsageLimitFilter(limits, new Refusals(json)));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10);
        return registration;
    }
}
