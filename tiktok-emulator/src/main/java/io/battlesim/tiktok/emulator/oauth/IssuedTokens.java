package io.battlesim.tiktok.emulator.oauth;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Every token the emulator issued, with its state. Reads are lock-free; issuing, rotating and revoking are
 * serialised so a revocation can never miss a token being rotated at the same moment.
 */
public final class IssuedTokens {

    private static final int PURGE_THRESHOLD = 20_000;
    private static final Duration KEEP_AFTER_EXPIRY = Duration.ofDays(1);

    private final Map<String, IssuedToken> byValue = new ConcurrentHashMap<>();
    private final Object writeLock = new Object();
    private final TokenGenerator generator;
    private final TokenSettings settings;
    private volatile RevocationListener listener = (clientKey, openId, reason) -> {};

    IssuedTokens(TokenGenerator generator, TokenSettings settings) {
        this.generator = generator;
        this.settings = settings;
    }

    /**
     * A user access token with its refresh token.
     *
     * @param access the access token
     * @param refresh the refresh token
     */
    public record UserTokens(IssuedToken access, IssuedToken refresh) {}

    /**
     * Finds a usable access token (user or client) for an API call.
     *
     * @param value the presented token, must not be null
     * @param now the emulator clock reading
     * @return the token, or empty when unknown, a refresh token, expired, rotated or revoked
     */
    public Optional<IssuedToken> usableAccessToken(String value, Instant now) {
        Objects.requireNonNull(value, "value must not be null");
        return Optional.ofNullable(byValue.get(value))
                .filter(token -> token.kind() != TokenKind.REFRESH)
                .filter(token -> token.usableAt(now));
    }

    /**
     * The most recently issued tokens, for the status page.
     *
     * @param limit how many at most
     * @return the tokens, newest first, never null
     */
    public List<IssuedToken> recent(int limit) {
        return byValue.values().stream()
                .sorted(Comparator.comparing(IssuedToken::issuedAt).reversed())
                .limit(limit)
                .toList();
    }

    UserTokens issue(String clientKey, String openId, List<String> scopes, String grantId, Instant now) {
        synchronized (writeLock) {
            purgeIfLarge(now);
            IssuedToken access = newToken(
                    TokenKind.USER_ACCESS,
                    clientKey,
                    openId,
                    scopes,
                    grantId,
                    now,
                    now.plus(settings.accessTokenTtl()));
            IssuedToken refresh = newToken(
                    TokenKind.REFRESH, clientKey, openId, scopes, grantId, now, now.plus(settings.refreshTokenTtl()));
            return new UserTokens(access, refresh);
        }
    }

    IssuedToken issueClientToken(String clientKey, Instant now) {
        synchronized (writeLock) {
            purgeIfLarge(now);
            return newToken(
                    TokenKind.CLIENT_ACCESS,
                    clientKey,
                    null,
                    List.of(),
                    generator.id(),
                    now,
                    now.plus(TokenSettings.CLIENT_TOKEN_TTL));
        }
    }

    /** Uses a refresh token: a fresh access token and, with rotation, a new refresh token keeping the old expiry. */
    Optional<UserTokens> refresh(String clientKey, String refreshValue, Instant now) {
        synchronized (writeLock) {
            IssuedToken old = byValue.get(refreshValue);
            if (old == null
                    || old.kind() != TokenKind.REFRESH
                    || !old.clientKey().equals(clientKey)
                    || !old.usableAt(now)) {
                return Optional.empty();
            }
            IssuedToken access = newToken(
                    TokenKind.USER_ACCESS,
                    clientKey,
                    old.openId(),
                    old.scopes(),
                    old.grantId(),
                    now,
                    now.plus(settings.accessTokenTtl()));
            if (!settings.rotateRefreshTokens()) {
                return Optional.of(new UserTokens(access, old));
            }
            byValue.put(old.value(), old.withState(TokenState.ROTATED));
            IssuedToken rotated = newToken(
                    TokenKind.REFRESH, clientKey, old.openId(), old.scopes(), old.grantId(), now, old.expiresAt());
            return Optional.of(new UserTokens(access, rotated));
        }
    }

    Optional<IssuedToken> find(String value) {
        return Optional.ofNullable(byValue.get(value));
    }

    /**
     * Sets who hears about ended authorizations (one listener; the emulator wires its webhooks here).
     *
     * @param newListener the listener, must not be null
     */
    public void onRevocation(RevocationListener newListener) {
        this.listener = Objects.requireNonNull(newListener, "listener must not be null");
    }

    /** Disconnects the app from the user: every token of that user and app; a client token only itself. */
    void revokeConnection(IssuedToken token) {
        synchronized (writeLock) {
            byValue.replaceAll((value, candidate) ->
                    sameConnection(token, candidate) ? candidate.withState(TokenState.REVOKED) : candidate);
        }
        if (token.openId() != null) {
            listener.revoked(token.clientKey(), token.openId(), RevocationListener.DEVELOPER_REVOKED);
        }
    }

    /** The user disconnects the app in TikTok: every token of that pair stops working. */
    boolean disconnect(String clientKey, String openId) {
        boolean any;
        synchronized (writeLock) {
            any = byValue.values().stream()
                    .anyMatch(token -> token.clientKey().equals(clientKey)
                            && openId.equals(token.openId())
                            && token.state() == TokenState.ACTIVE);
            byValue.replaceAll(
                    (value, candidate) -> candidate.clientKey().equals(clientKey) && openId.equals(candidate.openId())
                            ? candidate.withState(TokenState.REVOKED)
                            : candidate);
        }
        if (any) {
            listener.revoked(clientKey, openId, RevocationListener.USER_DISCONNECTED);
        }
        return any;
    }

    void revokeGrant(String grantId) {
        synchronized (writeLock) {
            byValue.replaceAll((value, candidate) ->
                    candidate.grantId().equals(grantId) ? candidate.withState(TokenState.REVOKED) : candidate);
        }
    }

    private static boolean sameConnection(IssuedToken revoked, IssuedToken candidate) {
        if (revoked.openId() == null) {
            return candidate.value().equals(revoked.value());
        }
        return candidate.clientKey().equals(revoked.clientKey())
                && revoked.openId().equals(candidate.openId());
    }

    private IssuedToken newToken(
            TokenKind kind,
            String clientKey,
            @Nullable String openId,
            List<String> scopes,
            String grantId,
            Instant now,
            Instant expiresAt) {
        IssuedToken token = new IssuedToken(
                generator.token(kind), kind, clientKey, openId, scopes, grantId, now, expiresAt, TokenState.ACTIVE);
        byValue.put(token.value(), token);
        return token;
    }

    private void purgeIfLarge(Instant now) {
        if (byValue.size() > PURGE_THRESHOLD) {
            Instant horizon = now.minus(KEEP_AFTER_EXPIRY);
            byValue.values()
                    .removeIf(token -> token.expiresAt().isBefore(horizon)
                            || (token.state() != TokenState.ACTIVE
                                    && token.issuedAt().isBefore(horizon)));
        }
    }
}
