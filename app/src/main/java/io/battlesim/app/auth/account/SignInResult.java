package io.battlesim.app.auth.account;

import java.util.Objects;

/** Where a completed TikTok authorization leads. */
public sealed interface SignInResult {

    /** A returning user (consent given earlier): profile updated, tokens stored. */
    record SignedIn(AppUser user) implements SignInResult {
        public SignedIn {
            Objects.requireNonNull(user, "user must not be null");
        }
    }

    /** A first-time user: nothing stored yet, the consent page comes next. */
    record ConsentRequired(PendingConsent pending) implements SignInResult {
        public ConsentRequired {
            Objects.requireNonNull(pending, "pending must not be null");
        }
    }
}
