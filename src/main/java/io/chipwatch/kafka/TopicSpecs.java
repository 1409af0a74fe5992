package io.chipwatch.kafka;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads the topic specs of a directory: every {@code *.yaml} / {@code *.yml} file is one topic,
 * named like its file ({@code chipwatch.alerts.yaml} declares {@code chipwatch.alerts}).
 *
 * <pre>
 * name: chipwatch.alerts
 * partitions: 6
 * replication: 1
 * cleanup: compact          # delete | compact | compact,delete
 * retention: forever        # forever | 30d | 12h | 90m | 45s | 500ms
 * configs:                  # any other topic config
 *   min.compaction.lag.ms: 3600000
 * </pre>
 */
public final class TopicSpecs {

    private static final ObjectReader READER = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build()
            .readerFor(TopicFile.class);

    private TopicSpecs() {
    }

    /**
     * Reads and validates every spec in {@code dir}, sorted by topic name.
     *
     * @throws TopicSpecException naming the file and line of the first problem, or the directory
     *                            if it has no spec at all
     */
    public static List<TopicSpec> load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new TopicSpecException("topic spec directory " + dir + " not found");
        }
        List<TopicSpec> specs = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        for (Path file : specFiles(dir)) {
            TopicSpec spec = loadFile(file);
            Path previous = seen.putIfAbsent(spec.name(), file);
            if (previous != null) {
                throw new TopicSpecException(file + ": topic " + spec.name() + " is already declared in " + previous);
            }
            specs.add(spec);
        }
        if (specs.isEmpty()) {
            throw new TopicSpecException("no topic spec (*.yaml) in " + dir);
        }
        specs.sort((a, b) -> a.name().compareTo(b.name()));
        return List.copyOf(specs);
    }

    /**
     * The specs packaged in the jar under {@code topics/}, for when the repository's folder is not
     * at hand (the jar run from elsewhere): one per topic of {@link Topics#ALL}.
     */
    public static List<TopicSpec> loadBundled() {
        List<TopicSpec> specs = new ArrayList<>();
        for (Topic<?, ?> topic : Topics.ALL) {
            String resource = "/topics/" + topic.name() + ".yaml";
            try (InputStream in = TopicSpecs.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new TopicSpecException("no " + resource + " in the jar; build it with 'mvn package'");
                }
                TopicFile parsed = READER.readValue(in);
                specs.add(parsed.toSpec());
            } catch (IOException | IllegalStateException e) {
                throw new TopicSpecException("bundled " + resource + ": " + e.getMessage(), e);
            }
        }
        specs.sort((a, b) -> a.name().compareTo(b.name()));
        return List.copyOf(specs);
    }

    /** Reads one spec file; its topic name must match the file name. */
    public static TopicSpec loadFile(Path file) {
        TopicFile parsed;
        try {
            parsed = READER.readValue(file.toFile());
        } catch (JsonProcessingException e) {
            throw new TopicSpecException(file + where(e.getLocation()) + ": " + describe(e), e);
        } catch (IOException e) {
            throw new TopicSpecException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (parsed == null) {
            throw new TopicSpecException(file + ": empty topic spec");
        }
        TopicSpec spec;
        try {
            spec = parsed.toSpec();
        } catch (IllegalStateException e) {
            throw new TopicSpecException(file + ": " + e.getMessage(), e);
        }
        String expected = baseName(file);
        if (!spec.name().equals(expected)) {
            throw new TopicSpecException(file + ": declares topic " + spec.name() + " but the file is named for " + expected);
        }
        return spec;
    }

    private static List<Path> specFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new TopicSpecException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? "" : " line " + location.getLineNr();
    }

    private static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field '" + u.getPropertyName() + "' (known: name, partitions, replication, "
                    + "cleanup, retention, configs)";
        }
        // A validation message from a TopicFile setter says it best; Jackson's own is the fallback.
        Throwable cause = e.getCause();
        if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
            return cause.getMessage();
        }
        String message = e.getOriginalMessage();
        return message.lines().findFirst().orElse(message);
    }
}
