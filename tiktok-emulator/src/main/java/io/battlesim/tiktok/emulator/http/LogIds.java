package io.battlesim.tiktok.emulator.http;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/** TikTok-style log ids: the UTC time as {@code yyyyMMddHHmmss} followed by 18 uppercase hex characters. */
public final class LogIds {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private LogIds() {}

    /**
     * A new log id, e.g. {@code 20260112083012A1B2C3D4E5F6071829}.
     *
     * @param now the emulator clock reading
     * @return the log id, never null
     */
    public static String next(Instant now) {
        byte[] random = new byte[9];
        ThreadLocalRandom.current().nextBytes(random);
        return TIME.format(now) + HEX.formatHex(random);
    }
}
