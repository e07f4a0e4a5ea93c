package io.battlesim.tiktok.emulator;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads and throws away what an endpoint left unread of a request body, before the answer goes out. Endpoints may
 * answer without reading the body (a refused upload chunk, an unknown path, a body over the limit). A server that
 * then closes the connection with body bytes unread resets it, and the reset can overtake the answer: the client
 * sees none (the JDK HTTP server reads only 64 KiB of leftovers before it closes, Tomcat 2 MiB). Read to the end,
 * the answer arrives and the connection stays open for the next request.
 */
final class UnreadBody {

    /** The largest request worth reading to the end: TikTok's last upload chunk, up to 128 MB. */
    static final long MAX_DISCARDED_BYTES = 128L << 20;

    private static final int BUFFER = 64 * 1024;

    private UnreadBody() {}

    /**
     * Reads the body to its end, at most {@link #MAX_DISCARDED_BYTES}.
     *
     * @param body the request body, possibly partly read
     * @return true when the body ended; false when more is coming or it broke off (fewer bytes than announced), and
     *     the connection must close after the answer
     */
    static boolean discard(InputStream body) {
        return discard(body, MAX_DISCARDED_BYTES);
    }

    static boolean discard(InputStream body, long limit) {
        byte[] buffer = new byte[BUFFER];
        long discarded = 0;
        try {
            while (discarded <= limit) {
                int read = body.read(buffer);
                if (read < 0) {
                    return true;
                }
                discarded += read;
            }
        } catch (IOException brokenOff) {
            // still answer: the client may be reading
        }
        return false;
    }
}
