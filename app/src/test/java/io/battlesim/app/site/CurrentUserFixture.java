package io.battlesim.app.site;

import io.battlesim.app.auth.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Stands in for the auth module's advice in web slices: provides the {@code currentUser} model attribute that a
 * test sets with {@link #signIn(SignedInUser)}. A {@link TestComponent}, so component scanning never picks it up
 * in other tests: slices import it explicitly.
 */
@TestComponent
@ControllerAdvice
class CurrentUserFixture {

    private volatile @Nullable SignedInUser user;

    static SignedInUser avaSparks() {
        return new SignedInUser(1, "open-id-ava", "Ava Sparks", "https://avatars.example/ava.png", "ava.sparks");
    }

    static SignedInUser withDisplayName(String displayName) {
        return new SignedInUser(2, "open-id-x", displayName, null, null);
    }

    void signIn(SignedInUser user) {
        this.user = user;
    }

    void signOut() {
        this.user = null;
    }

    @ModelAttribute("currentUser")
    @Nullable
    SignedInUser currentUser() {
        return user;
    }
}
