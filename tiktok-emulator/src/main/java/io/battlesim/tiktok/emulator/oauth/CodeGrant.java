package io.battlesim.tiktok.emulator.oauth;

import io.battlesim.tiktok.emulator.PkceMode;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What an authorization code stands for: the user's consent to one app, redeemable once. */
record CodeGrant(
        String clientKey,
        String redirectUri,
        String openId,
        List<String> scopes,
        @Nullable String codeChallenge,
        PkceMode pkceMode,
        String grantId,
        Instant expiresAt,
        boolean redeemed) {

    CodeGrant {
        scopes = List.copyOf(scopes);
    }

    CodeGrant markRedeemed() {
        return new CodeGrant(clientKey, redirectUri, openId, scopes, codeChallenge, pkceMode, grantId, expiresAt, true);
    }
}
