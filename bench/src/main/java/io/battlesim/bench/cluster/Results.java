package io.battlesim.bench.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The figures of every setup in one tab-separated file ({@code label, section, measurement, value} per line, appended
 * as they are measured), so one run's setups can be printed side by side at the end ({@link #report}).
 */
final class Results {

    private final Path file;
    private final String label;

    Results(Path file, String label) {
        this.file = file;
        this.label = label;
    }

    /** Records and prints one figure; {@code value} is formatted with {@link String#format} in the root locale. */
    void add(String section, String measurement, String value, Object... arguments) throws IOException {
        String text = String.format(Locale.ROOT, value, arguments);
        System.out.printf(Locale.ROOT, "  %-44s %s%n", measurement, text);
        String line = String.join("\t", label, section, measurement, text.replace('\t', ' ')) + "\n";
        Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Prints the file as one markdown table per section, a column per setup in the order they ran. */
    static void report(Path file) throws IOException {
        Set<String> labels = new LinkedHashSet<>();
        Map<String, Map<String, Map<String, String>>> sections = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] fields = line.split("\t", 4);
            if (fields.length == 4) {
                labels.add(fields[0]);
                sections.computeIfAbsent(fields[1], section -> new LinkedHashMap<>())
                        .computeIfAbsent(fields[2], measurement -> new LinkedHashMap<>())
                        .put(fields[0], fields[3]);
            }
        }
        List<String> columns = new ArrayList<>(labels);
        sections.forEach((section, rows) -> {
            System.out.println();
            System.out.println("**" + section + "**");
            System.out.println();
            System.out.println("| Measurement | " + String.join(" | ", columns) + " |");
            System.out.println("|---|" + "---|".repeat(columns.size()));
            rows.forEach((measurement, values) -> {
                List<String> cells = columns.stream()
                        .map(column -> values.getOrDefault(column, "–"))
                        .toList();
                System.out.println("| " + measurement + " | " + String.join(" | ", cells) + " |");
            });
        });
    }
}
