package io.battlesim.tiktok.emulator.oauth;

import io.battlesim.tiktok.emulator.EmulatorResponse;
import io.battlesim.tiktok.emulator.RegisteredApp;
import io.battlesim.tiktok.emulator.RegisteredApps;
import io.battlesim.tiktok.emulator.http.Exchange;
import io.battlesim.tiktok.emulator.http.FormData;
import io.battlesim.tiktok.emulator.http.Masking;
import io.battlesim.tiktok.emulator.http.OAuthError;
import java.util.Optional;

/** Checks {@code client_key} and {@code client_secret} form fields; TikTok does not accept HTTP Basic. */
final class ClientAuthentication {

    private final RegisteredApps apps;

    ClientAuthentication(RegisteredApps apps) {
        this.apps = apps;
    }

    Optional<RegisteredApp> authenticate(FormData form) {
        Optional<String> secret = form.nonBlank("client_secret");
        return form.nonBlank("client_key")
                .flatMap(apps::find)
                .filter(app -> secret.isPresent() && Masking.secretEquals(app.clientSecret(), secret.get()));
    }

    static EmulatorResponse failure(Exchange exchange, FormData form) {
        boolean basic = exchange.request()
                .header("authorization")
                .filter(value -> value.regionMatches(true, 0, "basic ", 0, 6))
                .isPresent();
        String description = basic && form.nonBlank("client_key").isEmpty()
                ? "Client authentication failed: send client_key and client_secret as form fields; HTTP Basic is"
                        + " not supported."
                : "Client authentication failed: the client_key or client_secret is missing or invalid.";
        return OAuthError.of(401, "invalid_client", description, exchange.logId());
    }
}
