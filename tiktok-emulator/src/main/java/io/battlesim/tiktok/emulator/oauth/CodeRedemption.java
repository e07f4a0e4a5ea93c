package io.battlesim.tiktok.emulator.oauth;

/** The outcome of redeeming an authorization code. */
sealed interface CodeRedemption {

    /** The code was valid and is now used up. */
    record Redeemed(CodeGrant grant) implements CodeRedemption {}

    /** No such code for this client. */
    record Unknown() implements CodeRedemption {}

    /** The code's lifetime is over. */
    record Expired() implements CodeRedemption {}

    /** The code was already redeemed: a replay, so the tokens of its grant get revoked. */
    record Replayed(String grantId) implements CodeRedemption {}
}
