package io.battlesim.tiktok.emulator;

import io.battlesim.tiktok.emulator.oauth.Scopes;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A developer app known to the emulator, as registered on TikTok's developer portal (a sandbox client).
 *
 * <p>Redirect URIs follow TikTok's registration rules: at most 10, each under 512 characters, absolute, without
 * query or fragment, {@code https}, or {@code http} on {@code localhost} / {@code 127.0.0.1} with a port (which
 * may be the wildcard {@code *}). They are matched as exact strings. {@link #toString()} masks the secret.
 *
 * @param clientKey the app's client key, must not be blank
 * @param clientSecret the app's client secret, must not be blank; never rendered anywhere
 * @param name the app name shown on the consent page
 * @param redirectUris the registered redirect URIs, 1 to 10
 * @param scopes the scopes enabled for the app, all known to TikTok's Login Kit
 * @param pkceMode how the app's PKCE challenges are encoded
 * @param requirePkce whether the authorize page refuses requests without {@code code_challenge}
 * @param audited whether the app passed TikTok's audit (unaudited apps post privately only)
 */
public record RegisteredApp(
        String clientKey,
        String clientSecret,
        String name,
        List<String> redirectUris,
        Set<String> scopes,
        PkceMode pkceMode,
        boolean requirePkce,
        boolean audited) {

    private static final int MAX_REDIRECT_URIS = 10;

    /** Validates the registration and stores unmodifiable copies. */
    public RegisteredApp {
        requireText(clientKey, "clientKey");
        requireText(clientSecret, "clientSecret");
        requireText(name, "name");
        Objects.requireNonNull(pkceMode, "pkceMode must not be null");
        redirectUris = List.copyOf(Objects.requireNonNull(redirectUris, "redirectUris must not be null"));
        if (redirectUris.isEmpty() || redirectUris.size() > MAX_REDIRECT_URIS) {
            throw new IllegalArgumentException("an app registers 1 to 10 redirect URIs, got " + redirectUris.size());
        }
        redirectUris.forEach(RedirectUriRules::checkRegistrable);
        scopes = Collections.unmodifiableSet(
                new LinkedHashSet<>(Objects.requireNonNull(scopes, "scopes must not be null")));
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("an app enables at least one scope");
        }
        scopes.forEach(Scopes::requireKnown);
    }

    /**
     * Whether a {@code redirect_uri} from an authorize request is one of this app's registered URIs.
     *
     * @param redirectUri the requested URI, compared as an exact string (a registered {@code :*} port matches any
     *     port)
     * @return true when it is registered
     */
    public boolean allowsRedirectUri(String redirectUri) {
        return redirectUris.stream().anyMatch(registered -> RedirectUriRules.matches(registered, redirectUri));
    }

    @Override
    public String toString() {
        return "RegisteredApp[clientKey=" + clientKey + ", clientSecret=***, name=" + name + ", redirectUris="
                + redirectUris + ", scopes=" + scopes + ", pkceMode=" + pkceMode + ", requirePkce=" + requirePkce
                + ", audited=" + audited + "]";
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name + " must not be null");
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
