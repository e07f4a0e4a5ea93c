package io.battlesim.app.auth.web;

import io.battlesim.app.auth.account.PendingConsent;
import io.battlesim.app.auth.account.TikTokProfile;
import io.battlesim.app.auth.token.TokenCipher;
import io.battlesim.app.cluster.OnClusterMode;
import io.battlesim.tiktok.client.TokenSet;
import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cluster mode keeps pending consents in the shared {@code pending_consent} table, sealed by the token cipher and bound
 * to their row, and only a random row id in the (database-backed) session: the tokens are never at rest in clear, any
 * node finds them, and {@link PendingConsentPurge} revokes those abandoned past their expiry.
 */
@Component
@OnClusterMode
class StoredPendingConsents implements PendingConsents {

    static final String SESSION_ATTRIBUTE = PendingConsents.class.getName() + ".id";
    private static final Logger log = LoggerFactory.getLogger(StoredPendingConsents.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int ID_BYTES = 32;

    private final JdbcClient jdbc;
    private final TokenCipher cipher;
    private final SecureRandom random = new SecureRandom();

    StoredPendingConsents(JdbcClient jdbc, TokenCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    public void keep(HttpSession session, PendingConsent pending) {
        // An earlier pending consent of this session stays in its row until the purge revokes it.
        String id = newId();
        jdbc.sql("INSERT INTO pending_consent (id, sealed, expires_at) VALUES (:id, :sealed, :expiresAt)")
                .param("id", id)
                .param("sealed", cipher.seal(JSON.writeValueAsString(Payload.of(pending)), associatedData(id)))
                .param("expiresAt", OffsetDateTime.ofInstant(pending.expiresAt(), ZoneOffset.UTC))
                .update();
        session.setAttribute(SESSION_ATTRIBUTE, id);
    }

    @Override
    public Optional<PendingConsent> find(@Nullable HttpSession session) {
        return idOf(session)
                .flatMap(id -> jdbc.sql("SELECT sealed FROM pending_consent WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .optional()
                        .flatMap(value -> open(id, value)));
    }

    @Override
    public void forget(@Nullable HttpSession session) {
        if (session != null) {
            idOf(session).ifPresent(this::delete);
            session.removeAttribute(SESSION_ATTRIBUTE);
        }
    }

    /**
     * Removes up to {@code limit} pending consents that expired before {@code cutoff} and returns them. Every node
     * purges, so a row is returned only by the node whose delete removed it.
     */
    List<PendingConsent> takeExpiredBefore(Instant cutoff, int limit) {
        List<Row> expired = jdbc.sql("""
                        SELECT id, sealed FROM pending_consent WHERE expires_at < :cutoff
                        ORDER BY expires_at LIMIT :limit""")
                .param("cutoff", OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC))
                .param("limit", limit)
                .query(Row.class)
                .list();
        List<PendingConsent> taken = new ArrayList<>();
        for (Row row : expired) {
            if (delete(row.id())) {
                open(row.id(), row.sealed()).ifPresent(taken::add);
            }
        }
        return taken;
    }

    private boolean delete(String id) {
        return jdbc.sql("DELETE FROM pending_consent WHERE id = :id")
                        .param("id", id)
                        .update()
                == 1;
    }

    private Optional<PendingConsent> open(String id, String sealed) {
        try {
            return Optional.of(JSON.readValue(cipher.open(sealed, associatedData(id)), Payload.class)
                    .toPendingConsent());
        } catch (RuntimeException e) {
            // another token key, or a row from an older release: treated as gone (its token expires at TikTok)
            log.warn(
                    "A pending consent could not be opened and is ignored: {}",
                    e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private static Optional<String> idOf(@Nullable HttpSession session) {
        return session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof String id
                ? Optional.of(id)
                : Optional.empty();
    }

    private String newId() {
        byte[] bytes = new byte[ID_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String associatedData(String id) {
        return "pending_consent/" + id;
    }

    record Row(String id, String sealed) {

        @Override
        public String toString() {
            return "Row[sealed]";
        }
    }

    /** What is sealed: a pending consent, with the scopes as a list so their order survives. */
    record Payload(
            String openId,
            String accessToken,
            Instant accessTokenExpiresAt,
            String refreshToken,
            Instant refreshTokenExpiresAt,
            List<String> scopes,
            String tokenType,
            TikTokProfile profile,
            boolean returningUser,
            Instant expiresAt) {

        static Payload of(PendingConsent pending) {
            TokenSet tokens = pending.tokens();
            return new Payload(
                    tokens.openId(),
                    tokens.accessToken(),
                    tokens.accessTokenExpiresAt(),
                    tokens.refreshToken(),
                    tokens.refreshTokenExpiresAt(),
                    List.copyOf(tokens.scopes()),
                    tokens.tokenType(),
                    pending.profile(),
                    pending.returningUser(),
                    pending.expiresAt());
        }

        PendingConsent toPendingConsent() {
            var tokens = new TokenSet(
                    openId,
                    accessToken,
                    accessTokenExpiresAt,
                    refreshToken,
                    refreshTokenExpiresAt,
                    new LinkedHashSet<>(scopes),
                    tokenType);
            return new PendingConsent(tokens, profile, returningUser, expiresAt);
        }

        @Override
        public String toString() {
            return "Payload[openId=" + openId + ", expiresAt=" + expiresAt + ", tokens hidden]";
        }
    }
}
