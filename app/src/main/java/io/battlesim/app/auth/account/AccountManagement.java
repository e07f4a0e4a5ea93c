package io.battlesim.app.auth.account;

import io.battlesim.app.auth.AccountDeleted;
import io.battlesim.app.auth.SecuritySettings;
import io.battlesim.app.auth.TikTokConnected;
import io.battlesim.app.auth.session.ApiSessions;
import io.battlesim.app.auth.token.TokenVault;
import io.battlesim.tiktok.client.TokenSet;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The life of an account: completing a TikTok sign-in, registering a first-time user once they consented,
 * disconnecting TikTok and deleting everything. Nothing about a user is stored before their consent.
 */
@Service
public class AccountManagement {

    private static final Logger log = LoggerFactory.getLogger(AccountManagement.class);

    private final UserRepository users;
    private final TokenVault vault;
    private final ApiSessions sessions;
    private final TikTokProfiles profiles;
    private final TikTokRevocation revocation;
    private final SecuritySettings settings;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountManagement(
            UserRepository users,
            TokenVault vault,
            ApiSessions sessions,
            TikTokProfiles profiles,
            TikTokRevocation revocation,
            SecuritySettings settings,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            ObjectProvider<Clock> clock) {
        this.users = users;
        this.vault = vault;
        this.sessions = sessions;
        this.profiles = profiles;
        this.revocation = revocation;
        this.settings = settings;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /**
     * Completes a sign-in with the tokens TikTok just issued: fetches the profile and either signs a returning
     * user in (profile updated, tokens stored) or asks for consent (nothing stored): a first-time user, or a
     * returning user whose consent was given to an older privacy notice.
     */
    public SignInResult signIn(TokenSet tokens) {
        Objects.requireNonNull(tokens, "tokens must not be null");
        TikTokProfile profile = fetchProfileOrRevoke(tokens);
        Instant now = clock.instant();
        Optional<AppUser> known = users.findByOpenId(profile.openId());
        if (known.isPresent() && known.get().consentVersion().equals(settings.consentVersion())) {
            AppUser user = transactions.execute(status -> updateAndStore(known.get(), profile, tokens, now));
            log.info("TikTok sign-in of returning user open_id {}", profile.openId());
            return new SignInResult.SignedIn(Objects.requireNonNull(user));
        }
        log.info(
                "TikTok sign-in of {} open_id {}: consent required",
                known.isPresent() ? "user with outdated consent" : "first-time user",
                profile.openId());
        return new SignInResult.ConsentRequired(
                new PendingConsent(tokens, profile, known.isPresent(), now.plus(settings.signInTimeout())));
    }

    /**
     * Registers a user who ticked both boxes (or renews the consent of a returning one) and stores their tokens.
     *
     * @throws ConsentRequiredException when a box is not ticked (nothing is stored)
     */
    public AppUser register(PendingConsent pending, ConsentAnswers answers) {
        Objects.requireNonNull(pending, "pending must not be null");
        Objects.requireNonNull(answers, "answers must not be null");
        if (!answers.complete()) {
            throw new ConsentRequiredException(pending.profile().openId());
        }
        Instant now = clock.instant();
        AppUser user = Objects.requireNonNull(transactions.execute(
                status -> users.findByOpenId(pending.profile().openId())
                        .map(existing -> renewConsentAndStore(existing, pending, now))
                        .orElseGet(() -> createAndStore(pending, now))));
        log.info(
                "Registered user {} (open_id {}) with consent version {}",
                user.id(),
                user.openId(),
                user.consentVersion());
        return user;
    }

    /**
     * Signs a user in from a native app: returning users directly, first-time users only with complete consent
     * answers; otherwise the tokens are revoked and nothing is stored.
     *
     * @throws ConsentRequiredException when a first-time user has not consented
     */
    public AppUser signInWithConsent(TokenSet tokens, ConsentAnswers answers) {
        return switch (signIn(tokens)) {
            case SignInResult.SignedIn signedIn -> signedIn.user();
            case SignInResult.ConsentRequired required -> {
                if (!answers.complete()) {
                    discard(required.pending());
                    throw new ConsentRequiredException(
                            required.pending().profile().openId());
                }
                yield register(required.pending(), answers);
            }
        };
    }

    /** A first-time user cancelled on our consent page: revoke the tokens at TikTok, store nothing. */
    public void discard(PendingConsent pending) {
        Objects.requireNonNull(pending, "pending must not be null");
        revocation.revokeQuietly(pending.profile().openId(), pending.tokens().accessToken());
        log.info(
                "First-time user open_id {} declined consent; nothing stored",
                pending.profile().openId());
    }

    /** Disconnects TikTok: revokes the token (best effort), deletes the stored tokens and all app sessions. */
    public void disconnect(long userId) {
        users.findById(userId).ifPresent(user -> {
            revokeStored(user);
            transactions.executeWithoutResult(status -> {
                vault.delete(userId);
                sessions.endAll(userId);
            });
            log.info("User {} (open_id {}) disconnected TikTok", userId, user.openId());
        });
    }

    /** Deletes all data of the user: revokes at TikTok, deletes the user row and everything keyed to it. */
    public void delete(long userId) {
        users.findById(userId).ifPresent(user -> {
            revokeStored(user);
            transactions.executeWithoutResult(status -> {
                // listeners run first, in this transaction, while they can still read what the user row cascades to
                events.publishEvent(new AccountDeleted(userId, user.openId()));
                users.delete(userId);
            });
            log.info("User {} (open_id {}) deleted all their data", userId, user.openId());
        });
    }

    /** The consented user with this id. */
    public Optional<AppUser> find(long userId) {
        return users.findById(userId);
    }

    private TikTokProfile fetchProfileOrRevoke(TokenSet tokens) {
        try {
            return profiles.fetch(tokens);
        } catch (RuntimeException e) {
            revocation.revokeQuietly(tokens.openId(), tokens.accessToken());
            throw e;
        }
    }

    private void revokeStored(AppUser user) {
        try {
            vault.find(user.id(), user.openId())
                    .ifPresent(stored -> revocation.revokeQuietly(
                            user.openId(), stored.tokens().accessToken()));
        } catch (RuntimeException e) {
            log.warn(
                    "Stored TikTok tokens of open_id {} could not be read for revocation: {}",
                    user.openId(),
                    e.toString());
        }
    }

    private AppUser updateAndStore(AppUser user, TikTokProfile profile, TokenSet tokens, Instant now) {
        users.updateProfile(user.id(), profile, now);
        vault.store(user.id(), tokens);
        events.publishEvent(new TikTokConnected(user.id(), tokens.scopes()));
        return users.findById(user.id()).orElseThrow();
    }

    private AppUser renewConsentAndStore(AppUser user, PendingConsent pending, Instant now) {
        users.updateConsent(user.id(), consentGiven(now));
        return updateAndStore(user, pending.profile(), pending.tokens(), now);
    }

    private Consent consentGiven(Instant now) {
        return new Consent(now, now, settings.consentVersion());
    }

    private AppUser createAndStore(PendingConsent pending, Instant now) {
        AppUser user = users.create(pending.profile(), consentGiven(now), now);
        vault.store(user.id(), pending.tokens());
        events.publishEvent(new TikTokConnected(user.id(), pending.tokens().scopes()));
        return user;
    }
}
