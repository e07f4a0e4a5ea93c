package io.battlesim.app.auth.session;

import io.battlesim.app.auth.SecuritySettings;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/** Issues, resolves and ends the app sessions of native mobile apps. */
@Service
public class ApiSessions {

    private static final int TOKEN_BYTES = 32;

    private final ApiSessionRepository repository;
    private final SecuritySettings settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiSessions(ApiSessionRepository repository, SecuritySettings settings, ObjectProvider<Clock> clock) {
        this.repository = repository;
        this.settings = settings;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /** Starts a session for {@code userId} lasting {@code app.security.mobile-session-ttl}. */
    public IssuedSession issue(long userId) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(settings.mobileSessionTtl());
        repository.insert(hash(token), userId, now, expiresAt);
        return new IssuedSession(token, expiresAt);
    }

    /** The user of a live session, or empty for an unknown or expired token. */
    public Optional<Long> resolve(String token) {
        Objects.requireNonNull(token, "token must not be null");
        return repository.findLiveUser(hash(token), clock.instant());
    }

    /** Ends one session. */
    public boolean end(String token) {
        Objects.requireNonNull(token, "token must not be null");
        return repository.delete(hash(token));
    }

    /** Ends every session of {@code userId}. */
    public int endAll(long userId) {
        return repository.deleteAllOf(userId);
    }

    /** Removes sessions that have expired. */
    public int purgeExpired() {
        return repository.deleteExpired(clock.instant());
    }

    @Scheduled(initialDelayString = "PT1H", fixedDelayString = "PT1H")
    void purgeExpiredHourly() {
        purgeExpired();
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
