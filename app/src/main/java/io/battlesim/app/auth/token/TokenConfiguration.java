package io.battlesim.app.auth.token;

import io.battlesim.app.auth.SecuritySettings;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The cipher that seals tokens, with its key from configuration or the data directory, and the scheduler that
 * runs the token refresh job.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class TokenConfiguration {

    @Bean
    TokenCipher tokenCipher(SecuritySettings settings, @Value("${app.data-dir}") Path dataDir) {
        return new TokenCipher(TokenEncryptionKeys.resolve(settings.tokenEncryptionKey(), dataDir));
    }
}
