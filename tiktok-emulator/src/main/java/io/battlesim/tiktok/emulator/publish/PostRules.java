package io.battlesim.tiktok.emulator.publish;

/**
 * The direct-post checks shared by video and photo init: privacy, unaudited apps and branded content (facts §4.3,
 * §4.11, §4.12).
 */
final class PostRules {

    static final String SELF_ONLY = "SELF_ONLY";

    private final CreatorProfiles profiles;

    PostRules(CreatorProfiles profiles) {
        this.profiles = profiles;
    }

    /**
     * Checks a direct post and returns it as TikTok makes it: an unaudited client's post is forced to {@code
     * SELF_ONLY}, and TikTok refuses it outright when the account is public, whatever its privacy level.
     */
    PostSettings checkDirectPost(Caller caller, PostSettings post) {
        CreatorProfile profile = profiles.profile(caller.account());
        String privacy = post.privacyLevel();
        if (privacy == null || !profile.privacyLevelOptions().contains(privacy)) {
            throw PublishError.forbidden(
                    "privacy_level_option_mismatch",
                    "privacy_level must be one of the creator's privacy_level_options " + profile.privacyLevelOptions()
                            + ".");
        }
        PostSettings made = post;
        if (!caller.app().audited()) {
            if (!profile.privateAccount()) {
                throw PublishError.forbidden(
                        "unaudited_client_can_only_post_to_private_accounts",
                        "Unaudited clients can only post to private accounts: the creator's account must be private"
                                + " when the post is made, even for SELF_ONLY posts.");
            }
            made = post.withPrivacyLevel(SELF_ONLY);
        }
        if (made.brandContent() && SELF_ONLY.equals(made.privacyLevel())) {
            throw PublishError.invalidParam("Branded content visibility cannot be set to private.");
        }
        return made;
    }
}
