package io.battlesim.app.live.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** Reads a request body up to a limit, so an oversized body is refused without being held in memory. */
public final class BoundedBody {

    private BoundedBody() {}

    /**
     * The body's bytes, or empty when it is longer than {@code limit}.
     *
     * @param in the body; never null
     * @param limit the most bytes accepted
     * @return the bytes, or empty when over the limit
     * @throws IOException when reading fails
     */
    public static Optional<byte[]> read(InputStream in, long limit) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        return bytes.length > limit ? Optional.empty() : Optional.of(bytes);
    }
}
