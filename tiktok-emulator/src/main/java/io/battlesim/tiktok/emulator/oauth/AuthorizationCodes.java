package io.battlesim.tiktok.emulator.oauth;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/** One-time authorization codes; redeemed codes are remembered a while so a replay can be detected. */
final class AuthorizationCodes {

    private static final Duration REMEMBER_AFTER_EXPIRY = Duration.ofHours(1);

    private final Map<String, CodeGrant> byCode = new ConcurrentHashMap<>();
    private final TokenGenerator generator;
    private final Duration ttl;

    AuthorizationCodes(TokenGenerator generator, Duration ttl) {
        this.generator = generator;
        this.ttl = ttl;
    }

    String issue(AuthorizationRequest request, String openId, List<String> scopes, Instant now) {
        byCode.values()
                .removeIf(grant -> grant.expiresAt().plus(REMEMBER_AFTER_EXPIRY).isBefore(now));
        String code = generator.authorizationCode();
        byCode.put(
                code,
                new CodeGrant(
                        request.app().clientKey(),
                        request.redirectUri(),
                        openId,
                        scopes,
                        request.codeChallenge(),
                        request.app().pkceMode(),
                        generator.id(),
                        now.plus(ttl),
                        false));
        return code;
    }

    CodeRedemption redeem(String code, String clientKey, Instant now) {
        AtomicReference<CodeRedemption> outcome = new AtomicReference<>(new CodeRedemption.Unknown());
        byCode.computeIfPresent(code, (key, grant) -> {
            if (!grant.clientKey().equals(clientKey)) {
                return grant;
            }
            if (grant.redeemed()) {
                outcome.set(new CodeRedemption.Replayed(grant.grantId()));
                return grant;
            }
            if (!now.isBefore(grant.expiresAt())) {
                outcome.set(new CodeRedemption.Expired());
                return grant;
            }
            outcome.set(new CodeRedemption.Redeemed(grant));
            return grant.markRedeemed();
        });
        return outcome.get();
    }
}
