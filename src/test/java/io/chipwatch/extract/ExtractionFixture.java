package io.chipwatch.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One saved page with the article text a reader would call its body: a folder holding
 * {@code page.html}, {@code expected.txt} and {@code SOURCE.md} (where the page comes from).
 */
record ExtractionFixture(String name, Path page, String expected) {

    static final Path ROOT = Path.of("src/test/resources/extract");

    /** Every fixture under a folder, by name. */
    static List<ExtractionFixture> under(Path root) {
        try (Stream<Path> folders = Files.list(root)) {
            return folders.filter(folder -> Files.isRegularFile(folder.resolve("page.html")))
                    .sorted()
                    .map(ExtractionFixture::of)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ExtractionFixture of(Path folder) {
        try {
            return new ExtractionFixture(folder.getFileName().toString(), folder.resolve("page.html"),
                    Files.readString(folder.resolve("expected.txt"), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "https://fixtures.chipwatch.test/" + name;
    }

    ExtractedArticle extractWith(ArticleExtractor extractor) {
        try (InputStream in = Files.newInputStream(page)) {
            return extractor.extract(in, null, url());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] bytes() {
        try {
            return Files.readAllBytes(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
