package io.battlesim.tiktok.emulator;

/** How an app's PKCE {@code code_challenge} is encoded, which TikTok documents inconsistently. */
public enum PkceMode {
    /** TikTok's documented desktop and mobile quirk: 64 lowercase hex characters of SHA-256(verifier). */
    HEX,
    /** RFC 7636: 43 base64url characters (no padding) of SHA-256(verifier). */
    BASE64URL,
    /** Accepts either encoding. */
    LENIENT
}
