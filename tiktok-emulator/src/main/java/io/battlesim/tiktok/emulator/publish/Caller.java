package io.battlesim.tiktok.emulator.publish;

import io.battlesim.tiktok.emulator.RegisteredApp;
import io.battlesim.tiktok.emulator.SandboxAccount;
import io.battlesim.tiktok.emulator.oauth.IssuedToken;

/**
 * The authenticated caller of a Content Posting endpoint.
 *
 * @param token the user access token
 * @param account the creator it belongs to
 * @param app the app it was issued to
 */
record Caller(IssuedToken token, SandboxAccount account, RegisteredApp app) {

    void requireAnyScope(String... scopes) {
        for (String scope : scopes) {
            if (token.scopes().contains(scope)) {
                return;
            }
        }
        throw new PublishError(
                401,
                "scope_not_authorized",
                "The user did not authorize the scope required for completing this request.");
    }
}
