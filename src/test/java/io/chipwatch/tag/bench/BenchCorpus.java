package io.chipwatch.tag.bench;

import io.chipwatch.article.Article;
import io.chipwatch.article.ArticleFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The text the benchmark tags: the five French seed articles and an English news-style file
 * ({@code src/test/resources/tag/bench-en.txt}), each a document, repeated so that one operation
 * reads a few hundred kilobytes.
 */
final class BenchCorpus {

    private BenchCorpus() {
    }

    static List<String> documents(int copies) {
        try {
            List<String> one = new ArrayList<>();
            for (Article a : ArticleFiles.readAll(Path.of("seeds/articles"))) {
                one.add(a.text());
            }
            one.add(Files.readString(Path.of("src/test/resources/tag/bench-en.txt"), StandardCharsets.UTF_8));
            List<String> all = new ArrayList<>();
            for (int i = 0; i < copies; i++) {
                all.addAll(one);
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long utf8Bytes(List<String> documents) {
        return documents.stream().mapToLong(d -> d.getBytes(StandardCharsets.UTF_8).length).sum();
    }
}
