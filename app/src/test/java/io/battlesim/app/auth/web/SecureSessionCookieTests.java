package io.battlesim.app.auth.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;

class SecureSessionCookieTests {

    @Test
    void marksTheSessionCookieSecureWhenServedOverHttps() {
        var factory = new TomcatServletWebServerFactory();
        factory.getSettings().getSession().getCookie().setSecure(false);

        new SecureSessionCookie("https://battles.example.com").customize(factory);

        assertThat(factory.getSettings().getSession().getCookie().getSecure()).isTrue();
    }

    @Test
    void leavesTheSettingAloneOverPlainHttp() {
        var factory = new TomcatServletWebServerFactory();

        new SecureSessionCookie("http://localhost:5000").customize(factory);

        assertThat(factory.getSettings().getSession().getCookie().getSecure()).isNull();
    }
}
