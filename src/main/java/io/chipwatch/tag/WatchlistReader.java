package io.chipwatch.tag;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the watchlist YAML, keeping the line of every entity and phrase so that a mistake is
 * reported as {@code seeds/watchlist.yaml:123: ...}. Shape checks happen here; the rules that
 * relate entities to each other are in {@link WatchlistValidator}.
 */
final class WatchlistReader {

    private static final ObjectMapper YAML = new YAMLMapper(new YAMLFactory());
    private static final Set<String> ENTITY_KEYS = Set.of(
            "id", "type", "name", "jurisdiction", "government", "vendor", "family", "aliases", "note");
    private static final Set<String> ALIAS_KEYS = Set.of("text", "case", "requires", "notAfterName", "note");

    private final String name;
    private final List<Located<Entity>> entities = new ArrayList<>();
    private final List<Located<String>> ignore = new ArrayList<>();

    private WatchlistReader(String name) {
        this.name = name;
    }

    /** Something read from the file, with the line it starts on. */
    record Located<T>(T value, int line) {
    }

    /** What the file holds, before cross-checks. */
    record Parsed(String name, List<Located<Entity>> entities, List<Located<String>> ignore) {
    }

    static Parsed read(String name, Reader reader) {
        WatchlistReader r = new WatchlistReader(name);
        try (JsonParser parser = YAML.getFactory().createParser(reader)) {
            r.readDocument(parser);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new WatchlistException(name + ":" + (at == null ? "?" : at.getLineNr()) + ": "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new WatchlistException(name + ": cannot read: " + e.getMessage(), e);
        }
        return new Parsed(name, List.copyOf(r.entities), List.copyOf(r.ignore));
    }

    private void readDocument(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw error(line(p), "expected a mapping with 'entities:' (and optionally 'ignore:')");
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            int line = line(p);
            p.nextToken();
            switch (field) {
                case "entities" -> readEntities(p);
                case "ignore" -> readIgnore(p);
                case "version" -> p.skipChildren();
                default -> throw error(line, "unknown key '" + field + "' (expected entities, ignore, version)");
            }
        }
    }

    private void readEntities(JsonParser p) throws IOException {
        expect(p, JsonToken.START_ARRAY, "'entities' must be a list");
        while (p.nextToken() != JsonToken.END_ARRAY) {
            int line = line(p);
            JsonNode node = YAML.readTree(p);
            entities.add(new Located<>(entity(node, line), line));
        }
    }

    private void readIgnore(JsonParser p) throws IOException {
        expect(p, JsonToken.START_ARRAY, "'ignore' must be a list of phrases");
        while (p.nextToken() != JsonToken.END_ARRAY) {
            int line = line(p);
            if (p.currentToken() != JsonToken.VALUE_STRING || p.getText().isBlank()) {
                throw error(line, "an ignore entry must be a non-empty phrase");
            }
            ignore.add(new Located<>(p.getText().strip(), line));
        }
    }

    private Entity entity(JsonNode node, int line) {
        if (!node.isObject()) {
            throw error(line, "an entity must be a mapping with id, type, name and aliases");
        }
        checkKeys(node, ENTITY_KEYS, line, "entity");
        String id = required(node, "id", line);
        EntityType type = enumValue(EntityType.class, required(node, "type", line), line, "type");
        List<Alias> aliases = aliases(node.get("aliases"), id, line);
        return new Entity(id, type, required(node, "name", line), optional(node, "jurisdiction"),
                node.path("government").asBoolean(false), optional(node, "vendor"), optional(node, "family"), aliases);
    }

    private List<Alias> aliases(JsonNode node, String id, int line) {
        if (node == null || !node.isObject()) {
            throw error(line, id + ": 'aliases' must be a mapping of language (en, fr, any) to a list of names");
        }
        List<Alias> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> lang = it.next();
            if (!Set.of("en", "fr", "any").contains(lang.getKey())) {
                throw error(line, id + ": alias language '" + lang.getKey() + "' (expected en, fr or any)");
            }
            if (!lang.getValue().isArray()) {
                throw error(line, id + ": aliases." + lang.getKey() + " must be a list");
            }
            for (JsonNode item : lang.getValue()) {
                out.add(alias(item, lang.getKey(), id, line));
            }
        }
        return out;
    }

    private Alias alias(JsonNode item, String language, String id, int line) {
        if (item.isTextual() || item.isNumber()) {
            return Alias.of(item.asText().strip(), language);
        }
        if (!item.isObject()) {
            throw error(line, id + ": an alias is a name or a mapping {text, case, requires}");
        }
        checkKeys(item, ALIAS_KEYS, line, id + " alias");
        String text = required(item, "text", line);
        CaseRule rule = item.has("case")
                ? enumValue(CaseRule.class, item.get("case").asText(), line, "case") : CaseRule.ANY;
        List<String> requires = new ArrayList<>();
        JsonNode req = item.get("requires");
        if (req != null) {
            if (req.isTextual()) {
                requires.add(req.asText());
            } else {
                req.forEach(r -> requires.add(r.asText()));
            }
        }
        return new Alias(text.strip(), language, rule, requires, item.path("notAfterName").asBoolean(false));
    }

    private void checkKeys(JsonNode node, Set<String> allowed, int line, String what) {
        node.fieldNames().forEachRemaining(key -> {
            if (!allowed.contains(key)) {
                throw error(line, "unknown " + what + " key '" + key + "' (expected one of " + allowed + ")");
            }
        });
    }

    private String required(JsonNode node, String field, int line) {
        JsonNode value = node.get(field);
        if (value == null || !value.isValueNode() || value.asText().isBlank()) {
            throw error(line, "'" + field + "' is required"
                    + (node.has("id") ? " (entity " + node.get("id").asText() + ")" : ""));
        }
        return value.asText().strip();
    }

    private static String optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText().strip();
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, String value, int line, String field) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw error(line, field + " '" + value + "' is not one of " + List.of(type.getEnumConstants()));
        }
    }

    private void expect(JsonParser p, JsonToken token, String message) {
        if (p.currentToken() != token) {
            throw error(line(p), message);
        }
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }

    private WatchlistException error(int line, String message) {
        return new WatchlistException(name + ":" + line + ": " + message);
    }
}
