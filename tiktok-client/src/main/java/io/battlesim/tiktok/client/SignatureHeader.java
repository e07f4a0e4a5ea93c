package io.battlesim.tiktok.client;

import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/** The parsed {@code TikTok-Signature} value: {@code t=<unix seconds>,s=<64 hex digits>}, parts in any order. */
record SignatureHeader(long timestamp, byte[] signature) {

    private static final int SIGNATURE_HEX_LENGTH = 64;

    static SignatureHeader parse(@Nullable String value) {
        if (value == null) {
            throw malformed("missing");
        }
        String timestamp = null;
        String signature = null;
        for (String part : value.split(",")) {
            int eq = part.indexOf('=');
            String name = eq < 0 ? "" : part.substring(0, eq).trim();
            String text = eq < 0 ? "" : part.substring(eq + 1).trim();
            if (name.equals("t")) {
                timestamp = text;
            } else if (name.equals("s")) {
                signature = text;
            }
        }
        return new SignatureHeader(seconds(timestamp), hex(signature));
    }

    private static long seconds(@Nullable String text) {
        if (text == null || !text.matches("[0-9]{1,12}")) {
            throw malformed("without a numeric t");
        }
        return Long.parseLong(text);
    }

    private static byte[] hex(@Nullable String text) {
        if (text == null || text.length() != SIGNATURE_HEX_LENGTH || !text.matches("[0-9a-fA-F]+")) {
            throw malformed("without a 64-digit hex s");
        }
        return HexFormat.of().parseHex(text.toLowerCase(java.util.Locale.ROOT));
    }

    private static WebhookSignatureException malformed(String what) {
        return new WebhookSignatureException(
                WebhookSignatureException.Reason.MALFORMED_HEADER, "TikTok-Signature header " + what);
    }
}
