package io.chipwatch.signal.bench;

import io.chipwatch.article.Article;
import io.chipwatch.article.ArticleFiles;
import io.chipwatch.signal.SignalDetector;
import io.chipwatch.signal.SignalRules;
import io.chipwatch.tag.Mention;
import io.chipwatch.tag.Tagger;
import io.chipwatch.tag.Watchlist;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Time of {@link SignalDetector#signalsIn(Article, List)} per article over the seed articles and the
 * evaluation corpus, tagged once beforehand so that only detection is measured. Reports wall and
 * CPU time of the measuring thread (the CPU time is what counts on a shared, loaded machine).
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) io.chipwatch.signal.bench.SignalBench [rounds]
 * </pre>
 */
public final class SignalBench {

    private record Input(Article article, List<Mention> mentions) {
    }

    private SignalBench() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Tagger tagger = new Tagger(Watchlist.loadDefault());
        List<Input> inputs = new ArrayList<>();
        List<Article> articles = new ArrayList<>(ArticleFiles.readAll(Path.of("seeds/articles")));
        articles.addAll(ArticleFiles.readAll(Path.of("src/test/resources/eval/articles.jsonl")));
        articles.addAll(ArticleFiles.readAll(Path.of("src/test/resources/eval/heldout.jsonl")));
        long chars = 0;
        for (Article a : articles) {
            inputs.add(new Input(a, tagger.mentionsIn(a.text())));
            chars += a.text().length();
        }
        SignalDetector detector = new SignalDetector(SignalRules.loadDefault());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.printf(Locale.ROOT, "%d articles, %d chars on average%n", inputs.size(), chars / inputs.size());
        long signals = 0;
        for (int round = 1; round <= rounds; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            for (Input in : inputs) {
                signals += detector.signalsIn(in.article(), in.mentions()).size();
            }
            double wallMs = (System.nanoTime() - wall) / 1e6 / inputs.size();
            double cpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / inputs.size();
            System.out.printf(Locale.ROOT, "round %2d: %.3f ms/article wall, %.3f ms/article CPU%n", round, wallMs, cpuMs);
        }
        System.out.println("signals seen: " + signals);
    }
}
