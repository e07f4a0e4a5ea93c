package io.battlesim.tiktok.emulator.display;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The parsed {@code fields} query parameter: the known fields in request order, or what is wrong with it. */
record FieldSelection(List<UserField> fields, String problem) {

    static FieldSelection parse(String commaSeparated) {
        Set<UserField> fields = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String name : commaSeparated.split(",")) {
            if (name.isBlank()) {
                continue;
            }
            Optional<UserField> field = UserField.byWireName(name.strip());
            field.ifPresentOrElse(fields::add, () -> unknown.add(name.strip()));
        }
        if (!unknown.isEmpty()) {
            return new FieldSelection(List.of(), "Unknown field(s) in fields: " + String.join(",", unknown) + ".");
        }
        if (fields.isEmpty()) {
            return new FieldSelection(List.of(), "The fields parameter is required.");
        }
        return new FieldSelection(List.copyOf(fields), "");
    }
}
