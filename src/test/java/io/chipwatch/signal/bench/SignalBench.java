package io.chipwatch.signal.bench;

import io.chipwatch.article.Article;
import io.chipwatch.article.ArticleFiles;
import io.chipwatch.bench.ArticleStream;
import io.chipwatch.signal.SignalDetector;
import io.chipwatch.signal.SignalRules;
import io.chipwatch.tag.Mention;
import io.chipwatch.tag.Tagger;
import io.chipwatch.tag.Watchlist;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Time of {@link SignalDetector#signalsIn(Article, List)} per article, tagged once beforehand so
 * that only detection is measured. Reports wall and CPU time of the measuring thread (the CPU
 * time is what counts on a shared, loaded machine).
 *
 * <p>Two inputs: {@code eval} (the default) the seed articles and the evaluation corpus;
 * {@code generated} 2,000 articles of the streaming benchmark's generator ({@link ArticleStream},
 * {@link ArticleStream.Mix#NEWS}, seed 1), the mix {@code chipwatch bench} measures.
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) io.chipwatch.signal.bench.SignalBench [rounds] [eval|generated]
 * </pre>
 */
public final class SignalBench {

    private static final int GENERATED = 2000;

    private record Input(Article article, List<Mention> mentions) {
    }

    private SignalBench() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        String corpus = args.length > 1 ? args[1] : "eval";
        Watchlist watchlist = Watchlist.loadDefault();
        Tagger tagger = new Tagger(watchlist);
        List<Article> articles = switch (corpus) {
            case "eval" -> evaluation();
            case "generated" -> new ArticleStream(ArticleFiles.readAll(Path.of("seeds/articles")), watchlist,
                    ArticleStream.Mix.NEWS, Instant.parse("2025-12-10T08:00:00Z"), 1).take(GENERATED);
            default -> throw new IllegalArgumentException("corpus must be eval or generated, not " + corpus);
        };
        List<Input> inputs = new ArrayList<>();
        long chars = 0;
        for (Article a : articles) {
            inputs.add(new Input(a, tagger.mentionsIn(a.text())));
            chars += a.text().length();
        }
        SignalDetector detector = new SignalDetector(SignalRules.loadDefault());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.printf(Locale.ROOT, "%s: %d articles, %d chars on average%n", corpus, inputs.size(), chars / inputs.size());
        long signals = 0;
        // Every signal of the first round, hashed: two versions of the detector that find the same
        // signals print the same digest.
        int digest = 1;
        for (Input in : inputs) {
            digest = 31 * digest + detector.signalsIn(in.article(), in.mentions()).toString().hashCode();
        }
        for (int round = 1; round <= rounds; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            long found = 0;
            for (Input in : inputs) {
                found += detector.signalsIn(in.article(), in.mentions()).size();
            }
            signals += found;
            double wallMs = (System.nanoTime() - wall) / 1e6 / inputs.size();
            double cpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / inputs.size();
            System.out.printf(Locale.ROOT, "round %2d: %.3f ms/article wall, %.3f ms/article CPU, %d signals%n",
                    round, wallMs, cpuMs, found);
        }
        System.out.printf(Locale.ROOT, "signals seen: %d, digest %08x%n", signals, digest);
    }

    private static List<Article> evaluation() throws IOException {
        List<Article> articles = new ArrayList<>(ArticleFiles.readAll(Path.of("seeds/articles")));
        articles.addAll(ArticleFiles.readAll(Path.of("src/test/resources/eval/articles.jsonl")));
        articles.addAll(ArticleFiles.readAll(Path.of("src/test/resources/eval/heldout.jsonl")));
        return articles;
    }
}
