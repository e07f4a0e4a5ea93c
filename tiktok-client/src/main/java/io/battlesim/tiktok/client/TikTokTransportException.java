package io.battlesim.tiktok.client;

/** TikTok could not be reached or did not answer in time: an I/O failure, a timeout or an interrupted call. */
public final class TikTokTransportException extends TikTokException {

    private static final long serialVersionUID = 1L;

    private final boolean beforeRequestSent;
    private final boolean timedOut;

    /**
     * Creates the exception.
     *
     * @param endpoint the API path, never null
     * @param message a description free of secrets, never null
     * @param cause the underlying failure, never null
     * @param beforeRequestSent true when the connection could not even be opened
     * @param timedOut true when a connect or request timeout expired
     */
    public TikTokTransportException(
            String endpoint, String message, Throwable cause, boolean beforeRequestSent, boolean timedOut) {
        super(endpoint, message, cause);
        this.beforeRequestSent = beforeRequestSent;
        this.timedOut = timedOut;
    }

    /** True when the connection could not be opened, so TikTok certainly never saw the request. */
    public boolean beforeRequestSent() {
        return beforeRequestSent;
    }

    /** True when a connect or request timeout expired. */
    public boolean timedOut() {
        return timedOut;
    }
}
