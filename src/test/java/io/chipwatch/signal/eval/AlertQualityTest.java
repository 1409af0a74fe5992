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
 * several outlets and languages, and unrelated chip news) and a smaller held-out set through the
 * real tagger, detector and novelty policy, each replayed from an empty alert state and scored
 * against its answer key. The report is written to
 * {@code target/alert-evaluation.txt}; the levels asserted are those reached, so a rule change
 * that loses ground fails here.
 */
class AlertQualityTest {

    private static final Path CORPUS = Path.of("src/test/resources/eval/articles.jsonl");
    private static final Path ANSWERS = Path.of("src/test/resources/eval/events.yaml");

    private static final Path HELD_OUT = Path.of("src/test/resources/eval/heldout.jsonl");
    private static final Path HELD_OUT_ANSWERS = Path.of("src/test/resources/eval/heldout.yaml");

    private static AlertScores scores;
    private static AlertScores heldOut;

    @BeforeAll
    static void replay() throws IOException {
        Watchlist watchlist = Watchlist.loadDefault();
        SignalDetector detector = new SignalDetector(SignalRules.loadDefault());
        scores = score(watchlist, detector, CORPUS, ANSWERS);
        heldOut = score(watchlist, detector, HELD_OUT, HELD_OUT_ANSWERS);
        String report = "corpus " + CORPUS + System.lineSeparator() + scores.report() + System.lineSeparator()
                + "held out " + HELD_OUT + System.lineSeparator() + heldOut.report();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/alert-evaluation.txt"), report);
        System.out.print(report);
    }

    /** A fresh replay (empty alert state) of one corpus, scored against its answer key. */
    private static AlertScores score(Watchlist watchlist, SignalDetector detector, Path corpus, Path answers)
            throws IOException {
        AlertReplay replay = new AlertReplay(new Tagger(watchlist), detector,
                new WatchlistDirectory(() -> watchlist), AlertSettings.DEFAULTS);
        List<Article> articles = ArticleFiles.readAll(corpus);
        return AlertScores.of(AnswerKey.load(answers), replay.run(articles));
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

    @Test
    void shouldKeepTheLevelsReachedOnTheHeldOutArticles() {
        assertThat(heldOut.precision()).as(heldOut.report()).isGreaterThanOrEqualTo(0.9);
        assertThat(heldOut.recall()).as(heldOut.report()).isGreaterThanOrEqualTo(0.8);
        assertThat(heldOut.duplicates()).as(heldOut.report()).isLessThanOrEqualTo(1);
        assertThat(heldOut.unrelatedAlerts()).as(heldOut.report()).isZero();
    }
}
