package io.battlesim.tiktok.emulator.http;

/** A request the emulator cannot read (bad encoding, body too large); answered as a 400 in the route's style. */
public final class MalformedRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message a client-facing message that never contains secrets
     */
    public MalformedRequestException(String message) {
        super(message);
    }
}
