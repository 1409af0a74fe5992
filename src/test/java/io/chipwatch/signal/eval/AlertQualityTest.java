package io.chipwatch.signal.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.chipwatch.article.Article;
import io.chipwatch.article.ArticleFiles;
import io.chipwatch.signal.SignalDetector;
import io.chipwatch.signal.SignalRules;
import io.chipwatch.stream.AlertSettings;
import io.chipwatch.stream.WatchlistDirectory;
import io.chipwatch.tag.Tagger;
import io.chipwatch.tag.Watchlist;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The evaluation corpus ({@code src/test/resources/eval/}: export-control news of 2022–2025 from
 * several outlets and languages, and unrelated chip news) through the real tagger, detector and
 * novelty policy, scored against its answer key. The report is written to
 * {@code target/alert-evaluation.txt}; the levels asserted are those reached, so a rule change
 * that loses ground fails here.
 */
class AlertQualityTest {

    private static final Path CORPUS = Path.of("src/test/resources/eval/articles.jsonl");
    private static final Path ANSWERS = Path.of("src/test/resources/eval/events.yaml");

    private static AlertScores scores;

    @BeforeAll
    static void replay() throws IOException {
        Watchlist watchlist = Watchlist.loadDefault();
        AlertReplay replay = new AlertReplay(new Tagger(watchlist), new SignalDetector(SignalRules.loadDefault()),
                new WatchlistDirectory(() -> watchlist), AlertSettings.DEFAULTS);
        List<Article> articles = ArticleFiles.readAll(CORPUS);
        scores = AlertScores.of(AnswerKey.load(ANSWERS), replay.run(articles));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/alert-evaluation.txt"), scores.report());
        System.out.print(scores.report());
    }

    @Test
    void shouldRaiseNewAlertsThatAreRealDevelopments() {
        assertThat(scores.precision()).as(scores.report()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void shouldFindTheDevelopmentsTheCorpusReports() {
        assertThat(scores.recall()).as(scores.report()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void shouldRaiseAtMostOneNewAlertPerDevelopment() {
        assertThat(scores.duplicates()).as(scores.report()).isLessThanOrEqualTo(1);
    }

    @Test
    void shouldRaiseNothingOnUnrelatedChipNews() {
        assertThat(scores.unrelatedAlerts()).as(scores.report()).isZero();
    }
}
