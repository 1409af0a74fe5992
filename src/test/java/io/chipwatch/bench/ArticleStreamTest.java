package io.chipwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.chipwatch.article.Article;
import io.chipwatch.article.ArticleFiles;
import io.chipwatch.signal.PolicySignal;
import io.chipwatch.signal.SignalDetector;
import io.chipwatch.signal.SignalRules;
import io.chipwatch.tag.Tagger;
import io.chipwatch.tag.Watchlist;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArticleStreamTest {

    private static final Instant START = Instant.parse("2025-12-10T08:00:00Z");

    private static ArticleStream stream(long seed) {
        return new ArticleStream(ArticleFiles.readAllUnchecked(Path.of("seeds/articles")), Watchlist.loadDefault(),
                ArticleStream.Mix.NEWS, START, seed);
    }

    @Test
    void shouldGiveTheSameArticlesForTheSameSeed() {
        // when
        List<Article> first = stream(7).take(200);
        List<Article> second = stream(7).take(200);

        // then
        assertThat(first).isEqualTo(second);
        assertThat(first).extracting(Article::id).doesNotHaveDuplicates();
    }

    @Test
    void shouldMixLanguagesLengthsAndRepeatsAcrossOutlets() {
        // when
        List<Article> articles = stream(1).take(1_000);

        // then
        assertThat(articles).extracting(Article::language).contains("fr", "en");
        assertThat(articles).extracting(a -> a.text().length()).anyMatch(n -> n < 500).anyMatch(n -> n > 5_000);
        Set<String> texts = new HashSet<>();
        long repeats = articles.stream().filter(a -> !texts.add(a.text())).count();
        assertThat(repeats).isBetween(200L, 400L);
        assertThat(articles.stream().map(Article::source).distinct().count()).isBetween(2L, 12L);
    }

    @Test
    void shouldStateAPolicyActionInAtLeastOneStoryInFive() {
        // given
        Tagger tagger = new Tagger(Watchlist.loadDefault());
        SignalDetector detector = new SignalDetector(SignalRules.loadDefault());
        List<Article> articles = stream(3).take(300);

        // when
        long withNews = articles.stream()
                .filter(a -> detector.signalsIn(a, tagger.mentionsIn(a.text())).stream()
                        .anyMatch(SignalDetector::isAlertable))
                .count();

        // then: one in five from the templates, more from seed sentences that report actions
        assertThat(withNews).isBetween(60L, 200L);
    }
}
