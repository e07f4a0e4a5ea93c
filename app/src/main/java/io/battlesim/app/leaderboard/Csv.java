package io.battlesim.app.leaderboard;

import java.util.List;

/**
 * CSV lines (RFC 4180) of untrusted text: every cell quoted, quotes doubled, and a cell that a spreadsheet would run
 * as a formula (it starts with =, +, -, @, a tab or a carriage return) prefixed with an apostrophe. Shared by the
 * leaderboards' and the analytics' exports.
 */
public final class Csv {

    private Csv() {}

    /** Lines of cells. */
    public static String of(List<? extends List<?>> rows) {
        StringBuilder csv = new StringBuilder();
        rows.forEach(row -> csv.append(line(row)));
        return csv.toString();
    }

    /** One line of cells, ending in CRLF. */
    public static String line(List<?> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(String.valueOf(cells.get(i))));
        }
        return line.append("\r\n").toString();
    }

    /** One quoted cell. */
    public static String cell(String value) {
        String safe =
                !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !isNumber(value) ? "'" + value : value;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }

    private static boolean isNumber(String value) {
        return value.matches("-?\\d+(\\.\\d+)?");
    }
}
