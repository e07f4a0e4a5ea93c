package io.battlesim.tiktok.client;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

final class InMemoryTokenStore implements TokenStore {

    private final Map<String, TokenSet> tokens = new ConcurrentHashMap<>();

    @Override
    public Optional<TokenSet> find(String openId) {
        return Optional.ofNullable(tokens.get(Objects.requireNonNull(openId, "openId must not be null")));
    }

    @Override
    public void save(TokenSet tokenSet) {
        Objects.requireNonNull(tokenSet, "tokens must not be null");
        tokens.put(tokenSet.openId(), tokenSet);
    }

    @Override
    public String toString() {
        return "InMemoryTokenStore[users=" + tokens.size() + "]";
    }
}
