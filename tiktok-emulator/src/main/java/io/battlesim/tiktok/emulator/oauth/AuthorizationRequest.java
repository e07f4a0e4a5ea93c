package io.battlesim.tiktok.emulator.oauth;

import io.battlesim.tiktok.emulator.RegisteredApp;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A validated {@code /v2/auth/authorize/} request, waiting for the user's decision. */
record AuthorizationRequest(
        RegisteredApp app,
        String redirectUri,
        List<String> scopes,
        String state,
        @Nullable String codeChallenge) {

    AuthorizationRequest {
        scopes = List.copyOf(scopes);
    }
}
