package io.chipwatch.signal;

import static org.assertj.core.api.Assertions.assertThat;

import io.chipwatch.article.Article;
import io.chipwatch.article.ArticleFiles;
import io.chipwatch.bench.ArticleStream;
import io.chipwatch.tag.Mention;
import io.chipwatch.tag.Tagger;
import io.chipwatch.tag.Watchlist;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The screened detector (stem screens, start windows, one screen pass per triggered sentence for
 * its modifiers, dates and clause requirements, positions inside words skipped for patterns that
 * begin with a word boundary) finds exactly what the plain one finds on the generated articles
 * the throughput benchmark measures, and on their upper-cased copies.
 */
class GeneratedArticlesDetectionTest {

    private static final int ARTICLES = 120;

    @Test
    void shouldFindTheSameSignalsAsThePlainDetectorOnGeneratedArticles() throws IOException {
        // given
        Watchlist watchlist = Watchlist.loadDefault();
        Tagger tagger = new Tagger(watchlist);
        SignalRules rules = SignalRules.loadDefault();
        SignalDetector screened = new SignalDetector(rules, SignalDetector.DEFAULT_HORIZON, true);
        SignalDetector plain = new SignalDetector(rules, SignalDetector.DEFAULT_HORIZON, false);
        List<Article> articles = new ArticleStream(ArticleFiles.readAll(Path.of("seeds/articles")), watchlist,
                ArticleStream.Mix.NEWS, Instant.parse("2025-12-10T08:00:00Z"), 7).take(ARTICLES);
        int signals = 0;

        for (Article generated : articles) {
            for (Article article : List.of(generated, upperCased(generated))) {
                List<Mention> mentions = tagger.mentionsIn(article.text());

                // when
                List<PolicySignal> fast = screened.signalsIn(article, mentions);
                List<PolicySignal> slow = plain.signalsIn(article, mentions);

                // then
                assertThat(fast).as("signals of %s", article.id()).isEqualTo(slow);
                signals += slow.size();
            }
        }
        assertThat(signals).as("signals compared").isGreaterThan(ARTICLES);
    }

    private static Article upperCased(Article a) {
        return new Article(a.id() + "-upper", a.url(), a.title(), a.published(), a.language(), a.source(),
                a.text().toUpperCase(Locale.ROOT), a.fetchedAt(), a.feed());
    }
}
