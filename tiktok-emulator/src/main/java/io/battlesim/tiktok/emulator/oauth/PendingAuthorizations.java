package io.battlesim.tiktok.emulator.oauth;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Authorize requests shown on a consent screen, keyed by a one-time id that the page's form posts back, so the
 * decision cannot be tampered with by editing request parameters.
 */
final class PendingAuthorizations {

    private static final Duration TTL = Duration.ofMinutes(30);

    private record Pending(AuthorizationRequest request, Instant expiresAt) {}

    private final Map<String, Pending> byId = new ConcurrentHashMap<>();
    private final TokenGenerator generator;

    PendingAuthorizations(TokenGenerator generator) {
        this.generator = generator;
    }

    String open(AuthorizationRequest request, Instant now) {
        byId.values().removeIf(pending -> !now.isBefore(pending.expiresAt()));
        String id = generator.id();
        byId.put(id, new Pending(request, now.plus(TTL)));
        return id;
    }

    Optional<AuthorizationRequest> peek(String id, Instant now) {
        return Optional.ofNullable(byId.get(id))
                .filter(pending -> now.isBefore(pending.expiresAt()))
                .map(Pending::request);
    }

    /** Ends a pending authorization; false when it was already ended (a double submit). */
    boolean close(String id) {
        return byId.remove(id) != null;
    }
}
