package io.battlesim.tiktok.emulator.oauth;

/** The three kinds of token TikTok issues, with their documented prefixes. */
public enum TokenKind {
    /** A user access token, {@code act.…}. */
    USER_ACCESS("act."),
    /** A refresh token, {@code rft.…}. */
    REFRESH("rft."),
    /** A client access token from {@code client_credentials}, {@code clt.…}. */
    CLIENT_ACCESS("clt.");

    private final String prefix;

    TokenKind(String prefix) {
        this.prefix = prefix;
    }

    /**
     * The token prefix.
     *
     * @return e.g. {@code act.}
     */
    public String prefix() {
        return prefix;
    }
}
