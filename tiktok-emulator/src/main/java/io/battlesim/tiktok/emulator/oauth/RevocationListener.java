package io.battlesim.tiktok.emulator.oauth;

/** Told when an app loses a user's authorization, e.g. to send {@code authorization.removed}. */
@FunctionalInterface
public interface RevocationListener {

    /** {@code authorization.removed} reason: the user disconnected the app in TikTok. */
    int USER_DISCONNECTED = 1;

    /** {@code authorization.removed} reason: the developer revoked the authorization. */
    int DEVELOPER_REVOKED = 5;

    /**
     * An authorization ended.
     *
     * @param clientKey the app
     * @param openId the user
     * @param reason TikTok's {@code authorization.removed} reason code
     */
    void revoked(String clientKey, String openId, int reason);
}
