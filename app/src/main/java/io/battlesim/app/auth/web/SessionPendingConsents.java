package io.battlesim.app.auth.web;

import io.battlesim.app.auth.account.PendingConsent;
import io.battlesim.app.cluster.OnClusterMode;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A single node keeps a pending consent in the servlet container's HTTP session, and only there (it is not {@code
 * Serializable}, so the container never writes the tokens to disk); {@link PendingConsentCleanup} revokes it when
 * the session ends.
 */
@Component
@OnClusterMode(false)
class SessionPendingConsents implements PendingConsents {

    static final String SESSION_ATTRIBUTE = PendingConsents.class.getName();

    @Override
    public void keep(HttpSession session, PendingConsent pending) {
        session.setAttribute(SESSION_ATTRIBUTE, pending);
    }

    @Override
    public Optional<PendingConsent> find(@Nullable HttpSession session) {
        if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof PendingConsent pending) {
            return Optional.of(pending);
        }
        return Optional.empty();
    }

    @Override
    public void forget(@Nullable HttpSession session) {
        if (session != null) {
            session.removeAttribute(SESSION_ATTRIBUTE);
        }
    }
}
