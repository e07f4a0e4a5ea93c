package io.battlesim.tiktok.emulator.publish;

import io.battlesim.tiktok.emulator.accounts.SandboxAccounts;

/** The direct-post checks shared by video and photo init: privacy, unaudited apps and branded content. */
final class PostRules {

    private final SandboxAccounts accounts;

    PostRules(SandboxAccounts accounts) {
        this.accounts = accounts;
    }

    void checkDirectPost(Caller caller, PostSettings post) {
        CreatorProfile profile = CreatorProfile.of(accounts.all(), caller.account());
        String privacy = post.privacyLevel();
        if (privacy == null || !profile.privacyLevelOptions().contains(privacy)) {
            throw PublishError.forbidden(
                    "privacy_level_option_mismatch",
                    "privacy_level must be one of the creator's privacy_level_options " + profile.privacyLevelOptions()
                            + ".");
        }
        // Unaudited (and sandbox) clients post privately only; TikTok refuses anything else with this code.
        if (!caller.app().audited() && !privacy.equals("SELF_ONLY")) {
            throw PublishError.forbidden(
                    "unaudited_client_can_only_post_to_private_accounts",
                    "Unaudited clients can only post with privacy_level SELF_ONLY.");
        }
        if (post.brandContent() && privacy.equals("SELF_ONLY")) {
            throw PublishError.invalidParam("Branded content visibility cannot be set to private.");
        }
    }
}
