package io.battlesim.app.publish.card;

import java.net.URI;
import java.util.Objects;

/**
 * The public addresses of result cards, {@code {app.public-url}/cards/{token}.jpg}, which TikTok pulls from under the
 * verified URL prefix {@code {app.public-url}/cards/}. Built from a normalised base and a base64url token only, so no
 * card URL holds a dot segment that could lead out of the prefix.
 */
public final class CardUrls {

    /** What a card token looks like: base64url, as {@link ResultCards} makes them. */
    public static final String TOKEN_PATTERN = "[A-Za-z0-9_-]{16,64}";

    private CardUrls() {}

    /**
     * The URL prefix to verify with TikTok.
     *
     * @param publicUrl the app's public URL, must not be null
     * @return {@code {base}/cards/}, never null
     * @throws IllegalArgumentException when the public URL is not an absolute http(s) URL or leads above its root
     */
    public static String prefix(String publicUrl) {
        return base(publicUrl) + "/cards/";
    }

    /**
     * The URL of one card.
     *
     * @param publicUrl the app's public URL, must not be null
     * @param token the card's token, must not be null
     * @return {@code {base}/cards/{token}.jpg}, never null
     * @throws IllegalArgumentException when the token is not a card token, or as {@link #prefix(String)}
     */
    public static URI url(String publicUrl, String token) {
        Objects.requireNonNull(token, "token must not be null");
        if (!token.matches(TOKEN_PATTERN)) {
            throw new IllegalArgumentException("not a card token: " + token.length() + " characters");
        }
        return URI.create(prefix(publicUrl) + token + ".jpg");
    }

    private static String base(String publicUrl) {
        URI uri = URI.create(Objects.requireNonNull(publicUrl, "publicUrl must not be null"))
                .normalize();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
        if (!web || uri.getRawAuthority() == null || path.equals("/..") || path.startsWith("/../")) {
            throw new IllegalArgumentException("app.public-url must be an absolute http(s) URL, got " + publicUrl);
        }
        String text = uri.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
