package io.chipwatch.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import io.chipwatch.kafka.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The Grafana dashboards under {@code deploy/grafana/dashboards}, and the queries in them. */
final class Dashboards {

    static final Path DIR = Path.of("deploy", "grafana", "dashboards");

    /**
     * One PromQL expression of a dashboard.
     *
     * @param panel       the panel's title, or "annotation NAME"
     * @param description the panel's description (says when a query is empty by design)
     */
    record Query(String dashboard, String panel, String description, String expr) {
    }

    private Dashboards() {
    }

    static List<Path> files() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(Path file) {
        try {
            return Json.MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Every panel, the panels inside collapsed rows included. */
    static List<JsonNode> panels(JsonNode dashboard) {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            all.add(panel);
            panel.path("panels").forEach(all::add);
        }
        return all;
    }

    static List<Query> queries() {
        List<Query> queries = new ArrayList<>();
        for (Path file : files()) {
            JsonNode dashboard = read(file);
            String title = dashboard.path("title").asText();
            for (JsonNode panel : panels(dashboard)) {
                for (JsonNode target : panel.path("targets")) {
                    queries.add(new Query(title, panel.path("title").asText(), panel.path("description").asText(),
                            target.path("expr").asText()));
                }
            }
            for (JsonNode annotation : dashboard.path("annotations").path("list")) {
                if (annotation.has("expr")) {
                    queries.add(new Query(title, "annotation " + annotation.path("name").asText(),
                            dashboard.path("description").asText(), annotation.path("expr").asText()));
                }
            }
            for (JsonNode variable : dashboard.path("templating").path("list")) {
                if (variable.path("type").asText().equals("query")) {
                    queries.add(new Query(title, "variable " + variable.path("name").asText(), "",
                            variable.path("definition").asText()));
                }
            }
        }
        return queries;
    }
}
