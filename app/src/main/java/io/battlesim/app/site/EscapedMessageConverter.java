package io.battlesim.app.site;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * Writes a log message with its control characters escaped ({@code \n}, {@code \r}, {@code \t}, {@code \u001b}…),
 * so a value a visitor sent (a query parameter, a header, a nickname) can never start a forged line in the log or
 * steer a terminal. Replaces logback's {@code %m} / {@code %msg} / {@code %message} for every appender
 * ({@code logback-spring.xml}): one place instead of escaping at each of the many logging calls. Only Spring Boot's
 * "APPLICATION FAILED TO START" report keeps its lines: it holds no request data.
 */
public class EscapedMessageConverter extends MessageConverter {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** Spring Boot's report of a failed start: multi-line by design, made of the app's own settings and analyses. */
    private static final String STARTUP_REPORT = "org.springframework.boot.diagnostics.LoggingFailureAnalysisReporter";

    @Override
    public String convert(ILoggingEvent event) {
        String message = super.convert(event);
        return STARTUP_REPORT.equals(event.getLoggerName()) ? message : escape(message);
    }

    /** {@code message} with every control character (C0, DEL, C1, line and paragraph separators) escaped. */
    static String escape(String message) {
        int first = firstControl(message);
        if (first < 0) {
            return message;
        }
        StringBuilder escaped = new StringBuilder(message.length() + 16).append(message, 0, first);
        for (int i = first; i < message.length(); i++) {
            char c = message.charAt(i);
            if (!isControl(c)) {
                escaped.append(c);
            } else if (c == '\n') {
                escaped.append("\\n");
            } else if (c == '\r') {
                escaped.append("\\r");
            } else if (c == '\t') {
                escaped.append("\\t");
            } else {
                escaped.append("\\u")
                        .append(HEX[(c >> 12) & 0xF])
                        .append(HEX[(c >> 8) & 0xF])
                        .append(HEX[(c >> 4) & 0xF])
                        .append(HEX[c & 0xF]);
            }
        }
        return escaped.toString();
    }

    private static int firstControl(String message) {
        for (int i = 0; i < message.length(); i++) {
            if (isControl(message.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029';
    }
}
