package io.battlesim.app.fuzz;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON bodies: valid ones made from an OpenAPI schema (or given), then mutated in the tree (a value of the wrong
 * type, a huge number, a missing or an unknown field) and in the text (cut short, nested thousands deep, a NUL, a
 * byte that is no UTF-8).
 */
final class JsonFuzz {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Values values;
    private final JsonMapper json = JsonMapper.builder().build();
    private final JsonNode components;

    JsonFuzz(Values values, JsonNode openApi) {
        this.values = values;
        this.components = openApi.path("components").path("schemas");
    }

    /** A value the schema allows (mostly: lengths and enums are kept, patterns are not). */
    JsonNode valid(JsonNode schema) {
        return valid(resolve(schema), 0);
    }

    /** {@code node} with a few parts replaced, dropped or added; {@code node} itself is left alone. */
    JsonNode mutate(JsonNode node) {
        JsonNode copy = node.deepCopy();
        int changes = values.between(1, 3);
        for (int i = 0; i < changes; i++) {
            copy = mutateOnce(copy);
        }
        return copy;
    }

    /** The bytes of {@code node}, sometimes damaged as text. */
    byte[] bytes(JsonNode node, double damage) {
        String text = json.writeValueAsString(node);
        if (!values.chance(damage)) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        return switch (values.between(0, 11)) {
            case 0 ->
                text.substring(0, values.between(0, Math.max(0, text.length() - 1)))
                        .getBytes(StandardCharsets.UTF_8);
            case 1 -> (text + values.pick("}", "]]", ",", " x", "\u0000", "{}")).getBytes(StandardCharsets.UTF_8);
            case 2 -> nested(text, values.pick(100, 999, 1_001, 5_000)).getBytes(StandardCharsets.UTF_8);
            case 3 -> ("\ufeff" + text).getBytes(StandardCharsets.UTF_8);
            case 4 ->
                text.replaceFirst("\\d+", values.pick("1e400", "123456789012345678901234567890", "-0", "01"))
                        .getBytes(StandardCharsets.UTF_8);
            case 5 -> text.replaceFirst("\\{", "{\"title\":1,\"title\":[],").getBytes(StandardCharsets.UTF_8);
            case 6 -> invalidUtf8(text);
            case 7 -> text.getBytes(StandardCharsets.UTF_16);
            case 8 ->
                values.pick("", " ", "null", "[]", "{}", "\"text\"", "0", "true", "[null]", "{\"a\":")
                        .getBytes(StandardCharsets.UTF_8);
            case 9 -> ("1" + "0".repeat(values.pick(400, 1_001, 20_000))).getBytes(StandardCharsets.UTF_8);
            case 10 -> ("\"" + "x".repeat(values.pick(20_001, 1_100_000)) + "\"").getBytes(StandardCharsets.UTF_8);
            default -> text.replace("\"", values.pick("'", "", "\\\"")).getBytes(StandardCharsets.UTF_8);
        };
    }

    /** A value of any JSON type, hostile where it can be. */
    JsonNode wild() {
        return switch (values.between(0, 9)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(values.chance(0.5));
            case 2 ->
                NODES.numberNode(new BigInteger(values.pick(
                        "9223372036854775808", "-9223372036854775809", "18446744073709551616", "1" + "0".repeat(60))));
            case 3 ->
                NODES.numberNode(values.pick(
                        new BigDecimal("1e400"), new BigDecimal("-1e-400"), new BigDecimal("0.5"), BigDecimal.ZERO));
            case 4 ->
                NODES.numberNode(values.pick(
                        Long.MIN_VALUE,
                        Long.MAX_VALUE,
                        (long) Integer.MIN_VALUE,
                        (long) Integer.MAX_VALUE + 1,
                        -1L,
                        0L));
            case 5 -> NODES.arrayNode().add(values.text()).add(NODES.objectNode());
            case 6 -> NODES.objectNode().put(values.text(), values.text());
            case 7 -> deepArray(values.between(2, 40));
            default -> NODES.stringNode(values.text());
        };
    }

    private JsonNode valid(JsonNode schema, int depth) {
        JsonNode resolved = resolve(schema);
        if (resolved.has("enum")) {
            List<JsonNode> choices = new ArrayList<>();
            resolved.path("enum").forEach(choices::add);
            return values.pick(choices);
        }
        return switch (type(resolved)) {
            case "object" -> object(resolved, depth);
            case "array" -> array(resolved, depth);
            case "integer" -> NODES.numberNode(integer(resolved));
            case "number" -> NODES.numberNode(values.between(0, 100) / 4.0);
            case "boolean" -> NODES.booleanNode(values.chance(0.5));
            default -> NODES.stringNode(string(resolved));
        };
    }

    private ObjectNode object(JsonNode schema, int depth) {
        ObjectNode object = NODES.objectNode();
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(name -> required.add(name.asString()));
        for (var property : schema.path("properties").properties()) {
            if (depth < 6 && (required.contains(property.getKey()) || values.chance(0.6))) {
                object.set(property.getKey(), valid(property.getValue(), depth + 1));
            }
        }
        return object;
    }

    private ArrayNode array(JsonNode schema, int depth) {
        ArrayNode array = NODES.arrayNode();
        int min = schema.path("minItems").asInt(0);
        int max = Math.min(schema.path("maxItems").asInt(min + 3), min + 3);
        int size = depth < 6 ? values.between(min, Math.max(min, max)) : 0;
        for (int i = 0; i < size; i++) {
            array.add(valid(schema.path("items"), depth + 1));
        }
        return array;
    }

    private long integer(JsonNode schema) {
        long min = schema.path("minimum").asLong(0);
        long max = schema.path("maximum").asLong(min + 600);
        return min + (long) (values.between(0, 1_000) / 1_000.0 * (max - min));
    }

    private String string(JsonNode schema) {
        if (schema.has("example") && values.chance(0.7)) {
            return schema.path("example").asString();
        }
        int min = Math.max(1, schema.path("minLength").asInt(1));
        int max = Math.min(schema.path("maxLength").asInt(20), 20);
        return values.username().replace("@", "")
                + "x".repeat(Math.max(0, values.between(min, Math.max(min, max)) - 5));
    }

    private JsonNode mutateOnce(JsonNode node) {
        if (!node.isContainer() || node.isEmpty() || values.chance(0.1)) {
            return values.chance(0.5) ? wild() : node;
        }
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            List<String> names = new ArrayList<>(object.propertyNames());
            String name = values.pick(names);
            switch (values.between(0, 4)) {
                case 0 -> object.remove(name);
                case 1 -> object.set(values.chance(0.5) ? values.text() : name + "x", wild());
                case 2 -> object.set(name, mutateOnce(object.path(name)));
                default -> object.set(name, wild());
            }
            return object;
        }
        ArrayNode array = (ArrayNode) node;
        int index = values.between(0, array.size() - 1);
        switch (values.between(0, 3)) {
            case 0 -> array.remove(index);
            case 1 -> array.add(wild());
            case 2 -> array.set(index, mutateOnce(array.get(index)));
            default -> array.set(index, wild());
        }
        return array;
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        if (!ref.isEmpty()) {
            return components.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        JsonNode oneOf = schema.has("oneOf") ? schema.path("oneOf") : schema.path("anyOf");
        return oneOf.isArray() && !oneOf.isEmpty() ? resolve(oneOf.get(0)) : schema;
    }

    /** The schema's type; OpenAPI 3.1 allows a list such as {@code ["boolean", "null"]}. */
    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode choice : type) {
                if (!choice.asString().equals("null")) {
                    return choice.asString();
                }
            }
        }
        if (type.isString()) {
            return type.asString();
        }
        return schema.has("properties") ? "object" : "string";
    }

    private static ArrayNode deepArray(int depth) {
        ArrayNode root = NODES.arrayNode();
        ArrayNode current = root;
        for (int i = 0; i < depth; i++) {
            ArrayNode next = NODES.arrayNode();
            current.add(next);
            current = next;
        }
        return root;
    }

    private static String nested(String text, int depth) {
        return "[".repeat(depth) + text + "]".repeat(depth);
    }

    private byte[] invalidUtf8(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length == 0) {
            return new byte[] {(byte) 0xff};
        }
        bytes[values.between(0, bytes.length - 1)] = (byte) (int) values.pick(0xff, 0xc3, 0x80, 0xfe);
        return bytes;
    }
}
