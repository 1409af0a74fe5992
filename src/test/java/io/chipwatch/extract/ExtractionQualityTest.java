package io.chipwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guards the extraction quality measured on the saved pages under {@code src/test/resources/extract}:
 * a change that loses article text or lets boilerplate in fails here. The thresholds sit just under
 * the scores reached (see docs/benchmarks.md), so they catch regressions, not noise.
 */
class ExtractionQualityTest {

    private static final double MEAN_F1_FLOOR = 0.98;
    private static final double PAGE_F1_FLOOR = 0.93;

    private static List<ExtractionEvaluation.Row> rows;

    @BeforeAll
    static void scoreEveryFixture() {
        rows = ExtractionEvaluation.score(ExtractionFixture.under(ExtractionFixture.ROOT));
    }

    @Test
    void shouldScoreEverySavedPage() {
        // given the fixtures folder
        // when every page is scored
        // then none was skipped: real pages and written ones, several languages
        assertThat(rows).hasSizeGreaterThanOrEqualTo(16);
    }

    @Test
    void shouldKeepTheMeanTokenF1AboveTheMeasuredLevel() {
        // given / when
        double mean = ExtractionEvaluation.meanF1(rows);

        // then
        assertThat(mean).as(ExtractionEvaluation.table(rows)).isGreaterThanOrEqualTo(MEAN_F1_FLOOR);
    }

    @Test
    void shouldKeepEveryPageAboveItsFloor() {
        // given / when / then
        assertThat(rows).allSatisfy(row ->
                assertThat(row.score().f1()).as(row.name() + "\n" + ExtractionEvaluation.table(rows))
                        .isGreaterThanOrEqualTo(PAGE_F1_FLOOR));
    }
}
