package io.battlesim.app.auth.token;

/** Whether a stored TikTok connection still works. */
public enum TokenStatus {
    /** The tokens are usable (the access token is refreshed before it expires). */
    ACTIVE,
    /** TikTok refused the refresh token (revoked by the user, or expired): the user must sign in again. */
    EXPIRED
}
