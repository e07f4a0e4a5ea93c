package io.battlesim.app.auth.web;

import io.battlesim.app.auth.account.PendingConsent;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Keeps a first-time user's pending consent (tokens and profile) in their HTTP session, and only there. */
final class PendingConsents {

    static final String SESSION_ATTRIBUTE = PendingConsents.class.getName();

    private PendingConsents() {}

    static void keep(HttpSession session, PendingConsent pending) {
        session.setAttribute(SESSION_ATTRIBUTE, pending);
    }

    static Optional<PendingConsent> find(@Nullable HttpSession session) {
        if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof PendingConsent pending) {
            return Optional.of(pending);
        }
        return Optional.empty();
    }

    static void forget(@Nullable HttpSession session) {
        if (session != null) {
            session.removeAttribute(SESSION_ATTRIBUTE);
        }
    }
}
