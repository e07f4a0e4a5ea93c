package io.battlesim.app.auth.token;

import io.battlesim.tiktok.client.TokenSet;
import io.battlesim.tiktok.client.TokenStore;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The SDK's {@link TokenStore} on top of the encrypted vault, so {@code client.session(openId, store)} loads
 * and saves (rotated) tokens encrypted. Only users who consented have a vault; saving for anyone else fails.
 */
@Component
public class VaultTokenStore implements TokenStore {

    private final TokenVault vault;

    VaultTokenStore(TokenVault vault) {
        this.vault = vault;
    }

    @Override
    public Optional<TokenSet> find(String openId) {
        Objects.requireNonNull(openId, "openId must not be null");
        return vault.findByOpenId(openId)
                .filter(stored -> stored.status() == TokenStatus.ACTIVE)
                .map(StoredTokens::tokens);
    }

    @Override
    public void save(TokenSet tokens) {
        Objects.requireNonNull(tokens, "tokens must not be null");
        TokenOwner owner = vault.owner(tokens.openId())
                .orElseThrow(() -> new IllegalStateException(
                        "no consented user with open_id " + tokens.openId() + ": tokens are not stored"));
        vault.store(owner.userId(), tokens);
    }
}
