package io.battlesim.app.tiktok;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.tiktok.client.AuthorizationRequest;
import io.battlesim.tiktok.client.Pkce;
import io.battlesim.tiktok.client.PkceEncoding;
import io.battlesim.tiktok.client.TikTokClient;
import io.battlesim.tiktok.emulator.PkceMode;
import io.battlesim.tiktok.emulator.RegisteredApp;
import io.battlesim.tiktok.emulator.TikTokEmulator;
import java.net.URI;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Configuration;

class TikTokConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(
                    SettingsConfiguration.class, EmulatorTikTokConfiguration.class, RealTikTokConfiguration.class)
            .withPropertyValues(
                    "app.public-url=http://localhost:5000",
                    "app.tiktok.redirect-uri=http://localhost:5000/auth/tiktok/callback",
                    "app.tiktok.scopes=user.info.basic,user.info.profile");

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(TikTokSettings.class)
    static class SettingsConfiguration {}

    @Nested
    class WithoutClientKey {

        @Test
        void servesTheEmulatorAtSlashEmulator() {
            runner.run(context -> {
                assertThat(context).hasSingleBean(TikTokEmulator.class);
                ServletRegistrationBean<?> servlet = context.getBean(ServletRegistrationBean.class);
                assertThat(servlet.getUrlMappings()).containsExactly("/emulator/*");
                assertThat(context.getBean(TikTokConnection.class))
                        .isEqualTo(new TikTokConnection(
                                TikTokMode.EMULATOR,
                                "sbawbattlesimlocal",
                                URI.create("http://localhost:5000/emulator"),
                                URI.create("http://localhost:5000/emulator")));
            });
        }

        @Test
        void registersTheAppAsASandboxClientWithHexPkce() {
            runner.run(context -> {
                RegisteredApp app = context.getBean(TikTokEmulator.class)
                        .apps()
                        .find("sbawbattlesimlocal")
                        .orElseThrow();
                assertThat(app.name()).isEqualTo("TikTok Battle Simulator (local)");
                assertThat(app.redirectUris()).containsExactly("http://localhost:5000/auth/tiktok/callback");
                assertThat(app.scopes())
                        .containsExactly(
                                "user.info.basic",
                                "user.info.profile",
                                "user.info.stats",
                                "video.list",
                                "video.upload",
                                "video.publish");
                assertThat(app.pkceMode()).isEqualTo(PkceMode.HEX);
                assertThat(app.requirePkce()).isTrue();
                assertThat(app.audited()).isFalse();
                assertThat(app.clientSecret()).hasSizeGreaterThanOrEqualTo(43);
            });
        }

        @Test
        void pointsTheClientAtTheEmulator() {
            runner.run(context -> {
                TikTokClient client = context.getBean(TikTokClient.class);
                URI url = client.oauth()
                        .authorizationUrl(new AuthorizationRequest(
                                "http://localhost:5000/auth/tiktok/callback",
                                Set.of("user.info.basic"),
                                "state",
                                Pkce.generate(PkceEncoding.HEX)));
                assertThat(url.toString()).startsWith("http://localhost:5000/emulator/v2/auth/authorize/?");
                assertThat(client.toString())
                        .doesNotContain(context.getBean(TikTokEmulator.class)
                                .apps()
                                .find("sbawbattlesimlocal")
                                .orElseThrow()
                                .clientSecret());
            });
        }

        @Test
        void refusesASecretWithoutAKey() {
            runner.withPropertyValues("app.tiktok.client-secret=s3cr3t")
                    .run(context -> assertThat(context)
                            .getFailure()
                            .rootCause()
                            .isInstanceOf(InvalidTikTokSettingsException.class)
                            .hasMessageContaining("TIKTOK_CLIENT_KEY")
                            .hasMessageNotContaining("s3cr3t"));
        }
    }

    @Nested
    class WithClientKeyAndSecret {

        private final ApplicationContextRunner real = runner.withPropertyValues(
                "app.tiktok.client-key=awreal123",
                "app.tiktok.client-secret=real-secret-value",
                "app.tiktok.redirect-uri=https://battles.example.com/auth/tiktok/callback");

        @Test
        void talksToTikTokWithoutAnEmulator() {
            real.run(context -> {
                assertThat(context).doesNotHaveBean(TikTokEmulator.class);
                assertThat(context).doesNotHaveBean(ServletRegistrationBean.class);
                assertThat(context.getBean(TikTokConnection.class))
                        .isEqualTo(new TikTokConnection(
                                TikTokMode.REAL,
                                "awreal123",
                                URI.create("https://www.tiktok.com"),
                                URI.create("https://open.tiktokapis.com")));
                URI url = context.getBean(TikTokClient.class)
                        .oauth()
                        .authorizationUrl(new AuthorizationRequest(
                                "https://battles.example.com/auth/tiktok/callback",
                                Set.of("user.info.basic"),
                                "state",
                                Pkce.generate(PkceEncoding.HEX)));
                assertThat(url.toString()).startsWith("https://www.tiktok.com/v2/auth/authorize/?");
            });
        }

        @Test
        void neverShowsTheSecretInTheSettings() {
            real.run(context -> assertThat(context.getBean(TikTokSettings.class).toString())
                    .doesNotContain("real-secret-value")
                    .contains("(hidden)"));
        }
    }

    @Nested
    class WithClientKeyButNoSecret {

        @Test
        void failsStartUpWithAClearReport() {
            runner.withPropertyValues("app.tiktok.client-key=awreal123").run(context -> {
                assertThat(context).hasFailed();
                FailureAnalysis analysis =
                        new InvalidTikTokSettingsFailureAnalyzer().analyze(context.getStartupFailure());
                assertThat(analysis).isNotNull();
                assertThat(analysis.getDescription())
                        .isEqualTo("app.tiktok.client-key (TIKTOK_CLIENT_KEY) is set but app.tiktok.client-secret"
                                + " (TIKTOK_CLIENT_SECRET) is empty.");
                assertThat(analysis.getAction()).contains("Set TIKTOK_CLIENT_SECRET");
            });
        }
    }
}
