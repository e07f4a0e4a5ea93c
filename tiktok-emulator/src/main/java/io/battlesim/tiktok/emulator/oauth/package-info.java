/**
 * Login Kit OAuth v2 as TikTok documents it: the authorize page with its consent screen ({@code
 * /v2/auth/authorize/}), one-time authorization codes with PKCE in TikTok's hex or RFC 7636 base64url encoding,
 * the token endpoint ({@code /v2/oauth/token/}) with refresh-token rotation and client credentials, and revocation
 * ({@code /v2/oauth/revoke/}). Tokens live in {@link io.battlesim.tiktok.emulator.oauth.IssuedTokens} and expire on
 * the emulator clock.
 */
@NullMarked
package io.battlesim.tiktok.emulator.oauth;

import org.jspecify.annotations.NullMarked;
