package io.chipwatch.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Scores the extractor on saved pages: token precision, recall and F1 of the body text per page,
 * and their mean. Run from the command line (after {@code mvn -q -o test-compile}) with
 * <pre>java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     io.chipwatch.extract.ExtractionEvaluation [FOLDER]</pre>
 * where FOLDER holds one sub-folder per page ({@code page.html} + {@code expected.txt}).
 */
public final class ExtractionEvaluation {

    record Row(String name, TokenScore score) {
    }

    private ExtractionEvaluation() {
    }

    static List<Row> score(List<ExtractionFixture> fixtures) {
        ArticleExtractor extractor = new ArticleExtractor();
        return fixtures.stream()
                .map(f -> new Row(f.name(), TokenScore.of(f.extractWith(extractor).text(), f.expected())))
                .toList();
    }

    static double meanF1(List<Row> rows) {
        return rows.stream().mapToDouble(r -> r.score().f1()).average().orElse(0);
    }

    static String table(List<Row> rows) {
        StringBuilder table = new StringBuilder("| page | precision | recall | F1 |\n|---|---:|---:|---:|\n");
        for (Row row : rows) {
            table.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f |%n",
                    row.name(), row.score().precision(), row.score().recall(), row.score().f1()));
        }
        double precision = rows.stream().mapToDouble(r -> r.score().precision()).average().orElse(0);
        double recall = rows.stream().mapToDouble(r -> r.score().recall()).average().orElse(0);
        table.append(String.format(Locale.ROOT, "| **mean (%d pages)** | %.3f | %.3f | **%.3f** |%n",
                rows.size(), precision, recall, meanF1(rows)));
        return table.toString();
    }

    public static void main(String[] args) {
        Path root = args.length > 0 ? Path.of(args[0]) : ExtractionFixture.ROOT;
        System.out.print(table(score(ExtractionFixture.under(root))));
    }
}
