package io.battlesim.app.tiktok;

/** Which TikTok the app talks to. */
public enum TikTokMode {
    /** The built-in emulator at {@code /emulator}, with sandbox accounts; offline. */
    EMULATOR,
    /** TikTok itself, with the configured client key and secret. */
    REAL
}
