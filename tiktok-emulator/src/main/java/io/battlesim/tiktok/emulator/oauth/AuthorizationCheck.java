package io.battlesim.tiktok.emulator.oauth;

/** The outcome of validating an authorize request. */
sealed interface AuthorizationCheck {

    /** The request is valid; show the consent screen. */
    record Valid(AuthorizationRequest request) implements AuthorizationCheck {}

    /**
     * The request cannot be trusted to redirect (bad client_key, redirect_uri or PKCE): TikTok shows its HTML error
     * page naming the parameter.
     */
    record Rejected(String parameter, String message) implements AuthorizationCheck {}

    /** The redirect URI is trusted but the request is wrong: redirect there with {@code error=…}. */
    record Refused(String location) implements AuthorizationCheck {}
}
