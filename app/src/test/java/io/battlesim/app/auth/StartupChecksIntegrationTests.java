package io.battlesim.app.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

import io.battlesim.app.BattleSimulatorApplication;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Unusable security and TikTok settings stop the real application with a short report, not a stack trace. */
@ExtendWith(OutputCaptureExtension.class)
class StartupChecksIntegrationTests {

    @TempDir
    Path dataDir;

    @Test
    void reportsAClientKeyWithoutASecret(CapturedOutput output) {
        assertThatException()
                .isThrownBy(() -> start("--app.tiktok.client-key=awkey123", "--app.tiktok.client-secret="));

        assertThat(output)
                .contains("APPLICATION FAILED TO START\n***************************")
                .contains("app.tiktok.client-key (TIKTOK_CLIENT_KEY) is set but app.tiktok.client-secret")
                .contains("Set TIKTOK_CLIENT_SECRET");
        assertThat(output.toString()).doesNotContain("\tat io.battlesim");
    }

    @Test
    void reportsATokenEncryptionKeyOfTheWrongLengthWithoutShowingIt(CapturedOutput output) {
        String sixteenBytes = "MDEyMzQ1Njc4OWFiY2RlZg==";

        assertThatException().isThrownBy(() -> start("--app.security.token-encryption-key=" + sixteenBytes));

        assertThat(output)
                .contains("APPLICATION FAILED TO START")
                .contains("app.security.token-encryption-key decodes to 16 bytes")
                .contains("openssl rand -base64 32")
                .doesNotContain(sixteenBytes);
        assertThat(output.toString()).doesNotContain("\tat io.battlesim");
    }

    private void start(String... arguments) {
        String[] common = {
            "--server.port=0",
            "--app.data-dir=" + dataDir,
            "--spring.datasource.url=jdbc:h2:mem:startup-" + UUID.randomUUID()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
            "--app.public-url=http://localhost:5000"
        };
        String[] all = new String[common.length + arguments.length];
        System.arraycopy(common, 0, all, 0, common.length);
        System.arraycopy(arguments, 0, all, common.length, arguments.length);
        new SpringApplicationBuilder(BattleSimulatorApplication.class).run(all).close();
    }
}
