package io.chipwatch.tag;

import static org.assertj.core.api.Assertions.assertThat;

import io.chipwatch.article.Article;
import io.chipwatch.article.ArticleFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The five seed articles against the mentions a careful reader marks in them
 * ({@code seed-mentions.tsv}, reviewed by hand): every chip, company and regulator, and nothing
 * else — no "la Chine", no newspapers, no look-alikes.
 */
class SeedArticlesTest {

    @Test
    void shouldTagTheSeedArticlesExactlyAsReviewed() throws Exception {
        // given
        Tagger tagger = new Tagger(Watchlist.load(Watchlist.DEFAULT_FILE));
        List<Article> articles = ArticleFiles.readAll(Path.of("seeds/articles"));
        List<String> expected = Files.readAllLines(Path.of("src/test/resources/tag/seed-mentions.tsv"),
                StandardCharsets.UTF_8).stream().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();

        // when
        List<String> actual = new ArrayList<>();
        for (Article article : articles) {
            for (Mention m : tagger.mentionsIn(article.text())) {
                assertThat(article.text().substring(m.start(), m.end())).isEqualTo(m.surface());
                actual.add(String.join("\t", article.id(), String.valueOf(m.start()), String.valueOf(m.end()),
                        m.entity(), m.surface()));
            }
        }

        // then
        assertThat(articles).hasSize(5);
        assertThat(actual).containsExactlyElementsOf(expected);
    }
}
