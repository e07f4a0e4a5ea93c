package io.battlesim.app.fuzz;

import io.battlesim.app.fuzz.FuzzRequest.Header;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests to every operation of the app's own OpenAPI document (its path, query and header parameters and its
 * body, each valid or mutated), and to the ingest API with the right key, a wrong one or none.
 */
final class ApiRequests {

    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    /** One operation of the document. */
    private record Operation(String method, String path, List<JsonNode> parameters, JsonNode requestBody) {}

    private final Values values;
    private final FuzzWorld world;
    private final Parts parts;
    private final JsonFuzz json;
    private final IngestEvents events;
    private final List<Operation> operations = new ArrayList<>();

    ApiRequests(Values values, FuzzWorld world, Parts parts) {
        this.values = values;
        this.world = world;
        this.parts = parts;
        JsonNode document = JsonMapper.builder().build().readTree(world.openApi());
        this.json = new JsonFuzz(values, document);
        this.events = new IngestEvents(values, json);
        for (var path : document.path("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                List<JsonNode> parameters = new ArrayList<>();
                operation.getValue().path("parameters").forEach(parameters::add);
                operations.add(new Operation(
                        operation.getKey().toUpperCase(Locale.ROOT),
                        path.getKey(),
                        parameters,
                        operation.getValue().path("requestBody")));
            }
        }
    }

    JsonFuzz json() {
        return json;
    }

    IngestEvents events() {
        return events;
    }

    /** A request to any operation of the document. */
    FuzzRequest operation() {
        Operation operation = values.pick(operations);
        Session session = values.pick(Session.NONE, Session.NONE, Session.VISITOR, Session.MEMBER, Session.MEMBER);
        String battle = values.pick(world.battleIds());
        List<Header> headers = parts.apiHeaders(session);
        String path = path(operation, battle);
        String query = query(operation);
        headerParameters(operation, battle, headers);
        byte[] body = body(operation, headers);
        String method = values.chance(0.05) ? values.pick(METHODS) : operation.method();
        return FuzzRequest.of("openapi", method, path + query, headers, body, session);
    }

    /** A batch of events, or a replay, for the battle the ingest requests feed. */
    FuzzRequest ingest() {
        String battle = world.ingestBattle();
        List<Header> headers = parts.apiHeaders(Session.NONE);
        key(battle, headers);
        if (values.chance(0.15)) {
            return replay(battle, headers);
        }
        headers.add(new Header("Content-Type", values.chance(0.9) ? "application/json" : parts.wrongContentType()));
        String path = "/api/battles/" + parts.id(battle, 0.95) + "/events";
        return FuzzRequest.of(
                "ingest", values.chance(0.03) ? "PUT" : "POST", path, headers, events.batch(), Session.NONE);
    }

    private FuzzRequest replay(String battle, List<Header> headers) {
        String path = "/api/battles/" + parts.id(battle, 0.95) + "/replay?speed="
                + Parts.segment(values.chance(0.8) ? "max" : values.pick("1", "10x", "0", "-1", "1001", values.text()));
        if (values.chance(0.2)) {
            return FuzzRequest.of("ingest", "GET", path, headers, new byte[0], Session.NONE);
        }
        byte[] recording = events.recording();
        if (values.chance(0.4)) {
            headers.add(new Header("Content-Type", "application/x-ndjson"));
            return FuzzRequest.of("ingest", "POST", path, headers, recording, Session.NONE);
        }
        String boundary = "fuzz" + values.between(0, 1_000_000);
        headers.add(new Header("Content-Type", "multipart/form-data; boundary=" + boundary));
        byte[] body = Parts.multipart(boundary, Map.of(), values.chance(0.9) ? "file" : "other", recording);
        return FuzzRequest.of("ingest", "POST", path, headers, parts.damageMultipart(body), Session.NONE);
    }

    private String path(Operation operation, String battle) {
        String path = operation.path();
        for (JsonNode parameter : operation.parameters()) {
            if (!parameter.path("in").asString().equals("path")) {
                continue;
            }
            String name = parameter.path("name").asString();
            String real = name.equals("jobId") ? world.jobId() : battle;
            path = path.replace("{" + name + "}", parts.id(real, 0.75));
        }
        return path;
    }

    private String query(Operation operation) {
        List<String[]> fields = new ArrayList<>();
        for (JsonNode parameter : operation.parameters()) {
            if (parameter.path("in").asString().equals("query")
                    && (parameter.path("required").asBoolean() || values.chance(0.6))) {
                fields.add(new String[] {parameter.path("name").asString(), queryValue(parameter.path("schema"))});
            }
        }
        if (values.chance(0.1)) {
            fields.add(new String[] {values.text(), values.text()});
        }
        if (!fields.isEmpty() && values.chance(0.05)) {
            fields.add(fields.getFirst());
        }
        return fields.isEmpty() ? "" : "?" + Parts.form(fields);
    }

    private String queryValue(JsonNode schema) {
        if (values.chance(0.35)) {
            return values.text();
        }
        if (schema.has("enum")) {
            List<String> choices = new ArrayList<>();
            schema.path("enum").forEach(choice -> choices.add(choice.asString()));
            return values.pick(choices);
        }
        return switch (schema.path("type").asString("string")) {
            case "integer", "number" -> values.number();
            case "boolean" -> values.pick("true", "false", "1", "yes");
            default -> schema.path("default").asString(values.pick("1", "10x", "max", "x"));
        };
    }

    private void headerParameters(Operation operation, String battle, List<Header> headers) {
        for (JsonNode parameter : operation.parameters()) {
            if (parameter.path("in").asString().equals("header")
                    && parameter.path("name").asString().equals("X-Ingest-Key")) {
                key(battle, headers);
            }
        }
    }

    private void key(String battle, List<Header> headers) {
        switch (values.between(0, 9)) {
            case 0 -> headers.add(new Header("X-Ingest-Key", values.ascii(values.between(0, 80))));
            case 1 -> headers.add(new Header("X-Ingest-Key", world.battleKeys().get(values.pick(world.battleIds()))));
            case 2 -> {
                // no key
            }
            default -> headers.add(new Header("X-Ingest-Key", world.battleKeys().get(battle)));
        }
    }

    private byte[] body(Operation operation, List<Header> headers) {
        JsonNode content = operation.requestBody().path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            return values.chance(0.1) ? json.bytes(json.wild(), 0.3) : new byte[0];
        }
        String contentType = content.propertyNames().iterator().next();
        JsonNode schema = content.path(contentType).path("schema");
        if (contentType.startsWith("multipart/")) {
            String boundary = "fuzz" + values.between(0, 1_000_000);
            headers.add(new Header("Content-Type", "multipart/form-data; boundary=" + boundary));
            Map<String, String> fields = new LinkedHashMap<>();
            return parts.damageMultipart(Parts.multipart(boundary, fields, "file", events.recording()));
        }
        headers.add(new Header("Content-Type", values.chance(0.9) ? contentType : parts.wrongContentType()));
        if (operation.path().endsWith("/events")) {
            return events.batch();
        }
        JsonNode valid = json.valid(schema);
        return json.bytes(values.chance(0.6) ? json.mutate(valid) : valid, 0.15);
    }
}
