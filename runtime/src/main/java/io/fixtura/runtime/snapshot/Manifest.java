package io.fixtura.runtime.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fixtura.runtime.EntityModel;
import io.fixtura.runtime.FieldModel;
import io.fixtura.runtime.dataset.Columns;
import io.fixtura.runtime.dataset.EntityRows;
import io.fixtura.runtime.io.JsonFiles;
import io.fixtura.runtime.io.MalformedFileException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a snapshot directory holds, as written to {@code manifest.json}: name, seed, reference time,
 * Fixtura version, per entity its table, file, count, key, columns, fingerprint and field
 * descriptors, and the SHA-256 of every data file.
 */
public record Manifest(String name, long seed, Instant referenceTime, String fixturaVersion, List<Entity> entities,
        Map<String, String> files) {

    /** The manifest's file name inside a snapshot directory. */
    public static final String FILE = "manifest.json";

    /** The manifest format this runtime writes and reads. */
    public static final int FORMAT = 1;

    private static final ObjectMapper JSON = Columns.mapper();
    private static final ObjectReader STRICT = JSON.reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** One entity: {@code fields} maps each field name to its {@link FieldDescriptors descriptor}, in field order. */
    public record Entity(String type, String table, String file, long count, List<String> key, List<String> keyColumns,
            List<String> columns, String fingerprint, Map<String, String> fields) {
    }

    public Manifest {
        entities = List.copyOf(entities);
        files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    /** The manifest of {@code rows} written with these checksums. */
    public static Manifest of(String name, long seed, Instant referenceTime, List<? extends EntityRows<?>> rows,
            Map<String, String> files) {
        List<Entity> entities = new ArrayList<>();
        for (EntityRows<?> part : rows) {
            entities.add(entity(part.model(), part.count()));
        }
        return new Manifest(name, seed, referenceTime, FixturaVersion.current(), entities, files);
    }

    /** The entity entry {@code model} would have today, for comparing a stored one with it. */
    public static Entity entity(EntityModel<?> model, long count) {
        List<String> keyColumns = model.key().stream().map(k -> model.field(k).column()).toList();
        List<String> columns = new ArrayList<>();
        Map<String, String> fields = new LinkedHashMap<>();
        for (FieldModel<?> field : model.fields()) {
            columns.add(field.column());
            fields.put(field.name(), FieldDescriptors.describe(field));
        }
        return new Entity(model.type().getName(), model.table(), JsonFiles.linesFileName(model.table()), count,
                List.copyOf(model.key()), keyColumns, columns, model.fingerprint(), fields);
    }

    /** The entity stored in {@code table}, or null. */
    public Entity entity(String table) {
        for (Entity entity : entities) {
            if (entity.table().equals(table)) {
                return entity;
            }
        }
        return null;
    }

    /** Writes this manifest as indented JSON. */
    public void writeTo(OutputStream out) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("name", name);
        root.put("seed", seed);
        root.put("referenceTime", referenceTime.toString());
        root.put("fixturaVersion", fixturaVersion);
        ArrayNode list = root.putArray("entities");
        for (Entity entity : entities) {
            ObjectNode node = list.addObject();
            node.put("type", entity.type());
            node.put("table", entity.table());
            node.put("file", entity.file());
            node.put("count", entity.count());
            entity.key().forEach(node.putArray("key")::add);
            entity.keyColumns().forEach(node.putArray("keyColumns")::add);
            entity.columns().forEach(node.putArray("columns")::add);
            node.put("fingerprint", entity.fingerprint());
            ObjectNode fields = node.putObject("fields");
            entity.fields().forEach(fields::put);
        }
        ObjectNode sums = root.putObject("files");
        files.forEach(sums::put);
        JSON.writerWithDefaultPrettyPrinter().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(out, root);
        out.write('\n');
    }

    /** Reads {@code file}; a file that is not a manifest gives its line and column, or the path of the bad value. */
    public static Manifest read(Path file) {
        JsonNode root;
        try {
            root = STRICT.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no " + FILE + " in " + file.getParent()
                    + ": is it a snapshot directory (written by Snapshot.write or Dataset.snapshot)?", e);
        } catch (JsonProcessingException e) {
            throw new MalformedFileException(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getLocation() == null ? 0 : e.getLocation().getColumnNr(),
                    "expected a JSON manifest: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        Reader in = new Reader(file);
        JsonNode top = in.object(root, "");
        long format = in.number(top, "", "format");
        if (format != FORMAT) {
            throw in.problem("/format", "expected manifest format " + FORMAT + ", found " + format
                    + " (written by another Fixtura version?)");
        }
        List<Entity> entities = new ArrayList<>();
        JsonNode list = top.get("entities");
        if (list == null || !list.isArray()) {
            throw in.problem("/entities", "expected an array of entities");
        }
        for (int i = 0; i < list.size(); i++) {
            entities.add(in.entity(list.get(i), "/entities/" + i));
        }
        Instant referenceTime;
        try {
            referenceTime = Instant.parse(in.text(top, "", "referenceTime"));
        } catch (DateTimeParseException e) {
            throw in.problem("/referenceTime", "expected an ISO-8601 instant such as 2026-01-01T00:00:00Z");
        }
        Map<String, String> files = in.strings(top, "", "files");
        for (String name : files.keySet()) {
            in.plainName(name, "/files/" + name);
        }
        for (int i = 0; i < entities.size(); i++) {
            in.plainName(entities.get(i).file(), "/entities/" + i + "/file");
        }
        return new Manifest(in.text(top, "", "name"), in.number(top, "", "seed"), referenceTime,
                in.text(top, "", "fixturaVersion"), entities, files);
    }

    /** Reads the parts of a manifest tree, naming the JSON pointer of whatever is missing or of the wrong type. */
    private record Reader(Path file) {

        Entity entity(JsonNode node, String at) {
            object(node, at);
            return new Entity(text(node, at, "type"), text(node, at, "table"), text(node, at, "file"),
                    number(node, at, "count"), list(node, at, "key"), list(node, at, "keyColumns"),
                    list(node, at, "columns"), text(node, at, "fingerprint"), strings(node, at, "fields"));
        }

        JsonNode object(JsonNode node, String at) {
            if (node == null || !node.isObject()) {
                throw problem(at.isEmpty() ? "/" : at, "expected a JSON object");
            }
            return node;
        }

        String text(JsonNode parent, String at, String name) {
            JsonNode node = parent.get(name);
            if (node == null || !node.isTextual()) {
                throw problem(at + "/" + name, "expected a string");
            }
            return node.asText();
        }

        long number(JsonNode parent, String at, String name) {
            JsonNode node = parent.get(name);
            if (node == null || !node.canConvertToLong() || !node.isIntegralNumber()) {
                throw problem(at + "/" + name, "expected a whole number");
            }
            return node.asLong();
        }

        List<String> list(JsonNode parent, String at, String name) {
            JsonNode node = parent.get(name);
            if (node == null || !node.isArray()) {
                throw problem(at + "/" + name, "expected an array of strings");
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                if (!node.get(i).isTextual()) {
                    throw problem(at + "/" + name + "/" + i, "expected a string");
                }
                out.add(node.get(i).asText());
            }
            return List.copyOf(out);
        }

        Map<String, String> strings(JsonNode parent, String at, String name) {
            JsonNode node = parent.get(name);
            if (node == null || !node.isObject()) {
                throw problem(at + "/" + name, "expected an object of strings");
            }
            Map<String, String> out = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                if (!entry.getValue().isTextual()) {
                    throw problem(at + "/" + name + "/" + entry.getKey(), "expected a string");
                }
                out.put(entry.getKey(), entry.getValue().asText());
            }
            return java.util.Collections.unmodifiableMap(out);
        }

        /** Data files sit next to the manifest: a path elsewhere would make load read files outside the snapshot. */
        void plainName(String name, String at) {
            if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.equals("..") || name.equals(".")) {
                throw problem(at, "expected a plain file name in the snapshot directory, found '" + name + "'");
            }
        }

        MalformedFileException problem(String pointer, String expected) {
            return new MalformedFileException(file, 0, 0, "at " + pointer + ": " + expected);
        }
    }
}
