package io.battlesim.bench.audience;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/** The results as label / value rows, carried from the run phase to the verify phase in the state file. */
final class Table {

    private static final int LABEL_WIDTH = 34;

    private final List<String[]> rows = new ArrayList<>();

    /** Adds a row; {@code value} is formatted with {@link String#format} in the root locale. */
    Table add(String label, String value, Object... arguments) {
        rows.add(new String[] {label, String.format(Locale.ROOT, value, arguments)});
        return this;
    }

    /** The rows, aligned. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (String[] row : rows) {
            lines.add(String.format(Locale.ROOT, "%-" + LABEL_WIDTH + "s %s", row[0], row[1]));
        }
        return lines;
    }

    void print(String title) {
        System.out.println();
        System.out.println(title);
        lines().forEach(System.out::println);
    }

    /** Appends the title and the rows to {@code file}. */
    void append(Path file, String title) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(title);
        lines.addAll(lines());
        Files.write(file, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    void store(Properties state) {
        state.setProperty("rows", Integer.toString(rows.size()));
        for (int i = 0; i < rows.size(); i++) {
            state.setProperty("row." + i + ".label", rows.get(i)[0]);
            state.setProperty("row." + i + ".value", rows.get(i)[1]);
        }
    }

    static Table load(Properties state) {
        Table table = new Table();
        int rows = Integer.parseInt(state.getProperty("rows", "0"));
        for (int i = 0; i < rows; i++) {
            table.rows.add(
                    new String[] {state.getProperty("row." + i + ".label"), state.getProperty("row." + i + ".value")});
        }
        return table;
    }
}
