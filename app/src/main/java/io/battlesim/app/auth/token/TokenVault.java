package io.battlesim.app.auth.token;

import io.battlesim.tiktok.client.TokenSet;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Stores TikTok tokens encrypted at rest. Each sealed value is bound to its owner (user id and open_id) and its
 * column, so a value copied to another row or column no longer decrypts.
 */
@Service
public class TokenVault {

    private final TokenRepository repository;
    private final TokenCipher cipher;
    private final Clock clock;

    TokenVault(TokenRepository repository, TokenCipher cipher, ObjectProvider<Clock> clock) {
        this.repository = repository;
        this.cipher = cipher;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /** Stores (replaces) the tokens of user {@code userId}, marking the connection active. */
    public void store(long userId, TokenSet tokens) {
        Objects.requireNonNull(tokens, "tokens must not be null");
        repository.save(new SealedTokens(
                userId,
                cipher.seal(tokens.accessToken(), associatedData(userId, tokens.openId(), "access")),
                tokens.accessTokenExpiresAt(),
                cipher.seal(tokens.refreshToken(), associatedData(userId, tokens.openId(), "refresh")),
                tokens.refreshTokenExpiresAt(),
                String.join(",", tokens.scopes()),
                TokenStatus.ACTIVE,
                clock.instant()));
    }

    /**
     * The tokens of user {@code userId} whose TikTok open_id is {@code openId}.
     *
     * @throws TokenDecryptionException when the row was tampered with or belongs to someone else
     */
    public Optional<StoredTokens> find(long userId, String openId) {
        Objects.requireNonNull(openId, "openId must not be null");
        return repository.find(userId).map(row -> open(row, openId));
    }

    /** Deletes the tokens of user {@code userId}; true when there were any. */
    public boolean delete(long userId) {
        return repository.delete(userId);
    }

    /** Marks the connection of {@code userId} as expired: TikTok refused its refresh token. */
    public void markExpired(long userId) {
        repository.markStatus(userId, TokenStatus.EXPIRED, clock.instant());
    }

    /** The tokens of the consented user with this TikTok open_id. */
    public Optional<StoredTokens> findByOpenId(String openId) {
        Objects.requireNonNull(openId, "openId must not be null");
        return repository.findOwner(openId).flatMap(owner -> find(owner.userId(), openId));
    }

    /** The consented user with this open_id, whether or not tokens are stored for them. */
    public Optional<TokenOwner> owner(String openId) {
        Objects.requireNonNull(openId, "openId must not be null");
        return repository.findOwner(openId);
    }

    /** Owners of active connections whose access token expires within {@code window} from now. */
    public List<TokenOwner> activeExpiringWithin(Duration window) {
        Objects.requireNonNull(window, "window must not be null");
        return repository.activeExpiringBefore(clock.instant().plus(window));
    }

    /** Locks the tokens of {@code userId} for a refresh in the caller's transaction ({@link TokenRepository#lock}). */
    boolean lockForRefresh(long userId) {
        return repository.lock(userId);
    }

    /**
     * Locks the tokens of {@code userId} for a refresh in the caller's transaction if they still expire within {@code
     * window} and nobody else is refreshing them (see {@link TokenRepository#lockIfExpiringBefore}).
     */
    boolean lockIfExpiringWithin(long userId, Duration window) {
        return repository.lockIfExpiringBefore(userId, clock.instant().plus(window));
    }

    private StoredTokens open(SealedTokens row, String openId) {
        TokenSet tokens = new TokenSet(
                openId,
                cipher.open(row.accessTokenSealed(), associatedData(row.userId(), openId, "access")),
                row.accessExpiresAt(),
                cipher.open(row.refreshTokenSealed(), associatedData(row.userId(), openId, "refresh")),
                row.refreshExpiresAt(),
                parseScopes(row.scopes()),
                "Bearer");
        return new StoredTokens(row.userId(), tokens, row.status(), row.updatedAt());
    }

    private static LinkedHashSet<String> parseScopes(String scopes) {
        return Arrays.stream(scopes.split(","))
                .map(String::strip)
                .filter(scope -> !scope.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static String associatedData(long userId, String openId, String column) {
        return "tiktok_token/" + userId + "/" + openId + "/" + column;
    }
}
