package io.battlesim.app.auth.web;

import io.battlesim.app.auth.account.PendingConsent;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a first-time user's pending consent (tokens and profile) waits between TikTok's consent page and ours, one
 * per browser session: in the session itself on a single node ({@link SessionPendingConsents}), sealed in the
 * shared database in cluster mode ({@link StoredPendingConsents}).
 */
interface PendingConsents {

    /** Keeps {@code pending} for this session, in place of an earlier one. */
    void keep(HttpSession session, PendingConsent pending);

    /** The pending consent of this session, expired or not. */
    Optional<PendingConsent> find(@Nullable HttpSession session);

    /** Forgets the pending consent of this session (its tokens were stored or revoked). */
    void forget(@Nullable HttpSession session);
}
