package io.battlesim.app.auth;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the {@code auth} module, bound from {@code app.security}.
 *
 * @param tokenEncryptionKey base64 of 32 random bytes (AES-256); empty to generate one on first run into
 *     {@code ${app.data-dir}/token-encryption.key}
 * @param consentVersion the version of the privacy notice users consent to (its "last updated" date), stored
 *     with each consent; a returning user whose consent has another version is asked again
 * @param signInTimeout how long a started sign-in (state + PKCE verifier) and a pending consent stay valid
 * @param mobileSessionTtl lifetime of the app sessions handed to mobile apps
 * @param tokenRefreshWindow access tokens expiring within this window are refreshed ahead of time
 */
@ConfigurationProperties("app.security")
public record SecuritySettings(
        @Nullable String tokenEncryptionKey,
        @DefaultValue("2026-12-03") String consentVersion,
        @DefaultValue("10m") Duration signInTimeout,
        @DefaultValue("30d") Duration mobileSessionTtl,
        @DefaultValue("10m") Duration tokenRefreshWindow) {

    @Override
    public String toString() {
        return "SecuritySettings[tokenEncryptionKey=" + (hasConfiguredKey() ? "(set)" : "(generated)")
                + ", consentVersion=" + consentVersion + ", signInTimeout=" + signInTimeout
                + ", mobileSessionTtl=" + mobileSessionTtl + ", tokenRefreshWindow=" + tokenRefreshWindow + "]";
    }

    /** Whether a key was configured rather than generated into the data directory. */
    public boolean hasConfiguredKey() {
        return tokenEncryptionKey != null && !tokenEncryptionKey.isBlank();
    }
}
