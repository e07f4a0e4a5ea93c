/**
 * Sign in with TikTok: the OAuth flow with state and PKCE, the first-sign-in consent, users, TikTok tokens
 * encrypted at rest and refreshed before they expire, the JSON API and mobile token exchange, disconnect,
 * delete-my-data and the Spring Security configuration. Other modules see only {@link
 * io.battlesim.app.auth.SignedInUser}, the {@code currentUser} model attribute, the {@link
 * io.battlesim.app.auth.AccountDeleted} event and {@link io.battlesim.app.auth.TikTokAccessTokens} (a user's fresh
 * access token for calls on their behalf, {@link io.battlesim.app.auth.AccessGrant} with its scopes) and {@link
 * io.battlesim.app.auth.TikTokConnected} (a user signed in and their tokens are stored).
 */
@org.jspecify.annotations.NullMarked
package io.battlesim.app.auth;
