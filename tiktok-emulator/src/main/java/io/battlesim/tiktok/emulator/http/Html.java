package io.battlesim.tiktok.emulator.http;

/** HTML escaping for untrusted text in element content and quoted attribute values. */
public final class Html {

    private Html() {}

    /**
     * Escapes {@code & < > " '}.
     *
     * @param text untrusted text
     * @return text safe inside elements and quoted attributes, never null
     */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
