package io.chipwatch.article;

import com.fasterxml.jackson.databind.JsonNode;
import io.chipwatch.kafka.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads documents from disk for {@code replay} and {@code tag}: a seed-format file, a JSON Lines
 * file ({@code .jsonl}/{@code .ndjson}, one article a line), or a folder of either (not
 * recursive, sorted by name). Every article comes out with its id set.
 */
public final class ArticleFiles {

    private ArticleFiles() {
    }

    /** Streams every article under {@code path} to {@code sink}; stops at the first bad document. */
    public static void read(Path path, Consumer<Article> sink) throws IOException {
        read(path, sink, bad -> {
            throw bad;
        });
    }

    /**
     * Streams every article under {@code path} to {@code sink}, and each document that cannot be
     * read (bad JSON, no text, a malformed header) to {@code badDocuments}, with a message naming
     * the file and line; reading goes on with the next document.
     */
    public static void read(Path path, Consumer<Article> sink, Consumer<IllegalArgumentException> badDocuments)
            throws IOException {
        if (Files.isDirectory(path)) {
            List<Path> files;
            try (Stream<Path> listing = Files.list(path)) {
                files = listing.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().startsWith("."))
                        .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
                        .sorted()
                        .toList();
            }
            for (Path file : files) {
                readFile(file, sink, badDocuments);
            }
        } else if (Files.isRegularFile(path)) {
            readFile(path, sink, badDocuments);
        } else {
            throw new IOException("no such file or folder: " + path);
        }
    }

    /** All articles under {@code path}, in order. */
    public static List<Article> readAll(Path path) throws IOException {
        List<Article> all = new ArrayList<>();
        read(path, all::add);
        return all;
    }

    static boolean isJsonLines(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json");
    }

    private static void readFile(Path file, Consumer<Article> sink, Consumer<IllegalArgumentException> badDocuments)
            throws IOException {
        if (isJsonLines(file)) {
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                readJsonLines(file.toString(), reader, sink, badDocuments);
            }
            return;
        }
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            badDocuments.accept(new IllegalArgumentException(file + ": not UTF-8 text", e));
            return;
        }
        try {
            Article article = SeedFormat.parse(file.toString(), content);
            sink.accept(article.id() == null ? article.withId(ArticleIds.idOf(article)) : article);
        } catch (IllegalArgumentException e) {
            badDocuments.accept(e);
        }
    }

    /** Reads JSON Lines: one article object a line; blank lines are skipped; stops at a bad line. */
    public static void readJsonLines(String name, BufferedReader reader, Consumer<Article> sink) throws IOException {
        readJsonLines(name, reader, sink, bad -> {
            throw bad;
        });
    }

    /** Reads JSON Lines, passing each bad line's error to {@code badDocuments} and going on. */
    public static void readJsonLines(String name, BufferedReader reader, Consumer<Article> sink,
            Consumer<IllegalArgumentException> badDocuments) throws IOException {
        String line;
        int lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            Article article;
            try {
                article = parseJsonLine(name + ":" + lineNo, line);
            } catch (IllegalArgumentException e) {
                badDocuments.accept(e);
                continue;
            }
            sink.accept(article);
        }
    }

    /**
     * One JSON Lines record: {@code {"id","url","title","published","language","source","text"}},
     * only {@code text} required; {@code published} a date or a date-time.
     */
    public static Article parseJsonLine(String where, String line) {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(where + ": not JSON: " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(where + ": expected a JSON object");
        }
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) {
            throw new IllegalArgumentException(where + ": \"text\" (a string) is required");
        }
        String published = string(node, "published");
        Article article = new Article(
                string(node, "id"),
                string(node, "url"),
                string(node, "title"),
                published == null ? null : SeedFormat.parseInstant(published, where),
                string(node, "language"),
                string(node, "source"),
                text.asText(),
                null,
                null);
        return article.withId(ArticleIds.idOf(article));
    }

    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        String s = value.asText();
        return s.isBlank() ? null : s;
    }

    /** Wraps {@link #readAll} for stream pipelines. */
    public static List<Article> readAllUnchecked(Path path) {
        try {
            return readAll(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
