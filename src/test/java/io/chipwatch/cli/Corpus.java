package io.chipwatch.cli;

import io.chipwatch.article.Article;
import io.chipwatch.article.ArticleFiles;
import io.chipwatch.kafka.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A larger input built from the seed articles: each seed republished by many outlets, as
 * syndicated news is, so that every development gathers many corroborating articles.
 */
final class Corpus {

    private Corpus() {
    }

    static List<Article> republishedSeeds(int copiesPerSeed) {
        List<Article> seeds = ArticleFiles.readAllUnchecked(Path.of("seeds/articles"));
        List<Article> out = new ArrayList<>();
        for (int copy = 0; copy < copiesPerSeed; copy++) {
            for (Article seed : seeds) {
                String outlet = "outlet-" + (copy % 37) + ".example";
                out.add(new Article(seed.id() + "-" + copy, "https://" + outlet + "/" + seed.id() + "/" + copy,
                        seed.title(), seed.published(), seed.language(), outlet, seed.text(), null, null));
            }
        }
        return out;
    }

    static Path writeJsonLines(List<Article> articles, Path file) {
        List<String> lines = new ArrayList<>();
        try {
            for (Article a : articles) {
                lines.add(Json.MAPPER.writeValueAsString(a));
            }
            return Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
