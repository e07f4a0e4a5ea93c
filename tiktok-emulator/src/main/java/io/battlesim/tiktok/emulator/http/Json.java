package io.battlesim.tiktok.emulator.http;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON reading and writing with one shared, immutable Jackson mapper. */
public final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {}

    /**
     * Serialises a value (maps, lists, records, strings, numbers).
     *
     * @param value the value
     * @return UTF-8 JSON, never null
     */
    public static byte[] write(Object value) {
        return MAPPER.writeValueAsBytes(value);
    }

    /**
     * Parses JSON.
     *
     * @param json UTF-8 JSON
     * @return the tree, never null
     * @throws MalformedRequestException when the text is not JSON
     */
    public static JsonNode read(byte[] json) {
        try {
            return MAPPER.readTree(json);
        } catch (tools.jackson.core.JacksonException e) {
            throw new MalformedRequestException("The request body is not valid JSON.");
        }
    }
}
