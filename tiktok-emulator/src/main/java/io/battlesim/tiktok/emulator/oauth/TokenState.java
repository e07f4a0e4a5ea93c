package io.battlesim.tiktok.emulator.oauth;

/** Whether an issued token can still be used (expiry aside). */
public enum TokenState {
    /** Usable until it expires. */
    ACTIVE,
    /** A refresh token replaced by a newer one (rotation). */
    ROTATED,
    /** Revoked through {@code /v2/oauth/revoke/} or because its authorization code was replayed. */
    REVOKED
}
