package io.battlesim.tiktok.client;

/** How a PKCE {@code code_challenge} encodes the SHA-256 of the verifier. */
public enum PkceEncoding {
    /** Lowercase hex SHA-256, TikTok's documented encoding for desktop and mobile apps (64 characters). */
    HEX,
    /** Unpadded base64url SHA-256 as in RFC 7636 (43 characters). */
    BASE64URL
}
