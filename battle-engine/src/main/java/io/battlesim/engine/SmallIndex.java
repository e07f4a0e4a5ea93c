package io.battlesim.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * String to index lookup for a battle's few rooms and creators. Up to {@link #LINEAR_LIMIT} keys it scans,
 * comparing hashes before {@link String#equals} so a parsed event's string is compared with its own key only;
 * beyond that it uses a map.
 */
final class SmallIndex {

    static final int LINEAR_LIMIT = 8;

    private String[] keys = new String[0];
    private int[] hashes = new int[0];
    private int[] values = new int[0];
    private @Nullable Map<String, Integer> map;

    void put(String key, int value) {
        keys = Arrays.copyOf(keys, keys.length + 1);
        values = Arrays.copyOf(values, values.length + 1);
        hashes = Arrays.copyOf(hashes, hashes.length + 1);
        keys[keys.length - 1] = key;
        hashes[hashes.length - 1] = key.hashCode();
        values[values.length - 1] = value;
        if (keys.length > LINEAR_LIMIT) {
            Map<String, Integer> hashed = new HashMap<>();
            for (int i = 0; i < keys.length; i++) {
                hashed.put(keys[i], values[i]);
            }
            map = hashed;
        }
    }

    /** The key's value, or -1. */
    int get(String key) {
        Map<String, Integer> hashed = map;
        if (hashed != null) {
            Integer value = hashed.get(key);
            return value == null ? -1 : value;
        }
        int hash = key.hashCode();
        for (int i = 0; i < keys.length; i++) {
            if (hashes[i] == hash && keys[i].equals(key)) {
                return values[i];
            }
        }
        return -1;
    }
}
