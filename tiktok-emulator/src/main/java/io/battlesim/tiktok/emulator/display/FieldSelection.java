package io.battlesim.tiktok.emulator.display;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The parsed {@code fields} query parameter: the known fields in request order, or what is wrong with it. */
record FieldSelection<F>(List<F> fields, String problem) {

    static <F> FieldSelection<F> parse(String commaSeparated, Function<String, Optional<F>> byWireName) {
        Set<F> fields = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String name : commaSeparated.split(",")) {
            if (name.isBlank()) {
                continue;
            }
            Optional<F> field = byWireName.apply(name.strip());
            field.ifPresentOrElse(fields::add, () -> unknown.add(name.strip()));
        }
        if (!unknown.isEmpty()) {
            return new FieldSelection<>(List.of(), "Unknown field(s) in fields: " + String.join(",", unknown) + ".");
        }
        if (fields.isEmpty()) {
            return new FieldSelection<>(List.of(), "The fields parameter is required.");
        }
        return new FieldSelection<>(List.copyOf(fields), "");
    }
}
