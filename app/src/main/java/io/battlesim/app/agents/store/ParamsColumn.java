package io.battlesim.app.agents.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * An agent's tunables in one column: {@code name=value} pairs sorted by name, separated by {@code ;}. Names are
 * letters and digits (checked before they get here), values Java's shortest exact decimal form.
 */
final class ParamsColumn {

    private ParamsColumn() {}

    static String write(Map<String, Double> params) {
        return new TreeMap<>(params)
                .entrySet().stream()
                        .map(entry -> entry.getKey() + "=" + Double.toString(entry.getValue()))
                        .collect(Collectors.joining(";"));
    }

    static Map<String, Double> read(String column) {
        Map<String, Double> params = new LinkedHashMap<>();
        if (column.isEmpty()) {
            return params;
        }
        for (String pair : column.split(";")) {
            int equals = pair.indexOf('=');
            params.put(pair.substring(0, equals), Double.parseDouble(pair.substring(equals + 1)));
        }
        return params;
    }
}
