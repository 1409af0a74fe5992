package io.chipwatch.bench;

import io.chipwatch.article.Article;
import io.chipwatch.kafka.Topics;
import io.chipwatch.signal.PolicySignal;
import io.chipwatch.signal.SignalDetector;
import io.chipwatch.tag.Mention;
import io.chipwatch.tag.TaggedArticle;
import io.chipwatch.tag.Tagger;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * Where the stream thread's time goes, without Kafka: the CPU each stage of the topology costs per
 * article, on the thread's own CPU clock, so that other processes on a shared machine do not count.
 * Every stage runs over all articles in turn, round after round; the first half of the rounds warm
 * the JIT up and the figure is the median of the others. What the full pipeline costs beyond these
 * stages is Kafka's part: the clients, the stores, the transactions.
 */
public final class StageProfile {

    /** One stage's cost: median CPU nanoseconds per article. */
    public record Stage(String name, double nanosPerArticle) {

        public double articlesPerCpuSecond() {
            return 1e9 / nanosPerArticle;
        }
    }

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final List<byte[]> published;
    private final Tagger tagger;
    private final SignalDetector detector;

    public StageProfile(List<Article> articles, Tagger tagger, SignalDetector detector) {
        this.published = articles.stream()
                .map(a -> Topics.ARTICLES.valueSerde().serializer().serialize(Topics.ARTICLES.name(), a))
                .toList();
        this.tagger = tagger;
        this.detector = detector;
    }

    /** Measures every stage {@code rounds} times (at least 2) and returns the medians, in pipeline order. */
    public List<Stage> measure(int rounds) {
        int n = published.size();
        Article[] articles = new Article[n];
        List<List<Mention>> mentions = new ArrayList<>(n);
        List<List<PolicySignal>> signals = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            mentions.add(List.of());
            signals.add(List.of());
        }
        long[][] nanos = new long[4][rounds];
        for (int r = 0; r < rounds; r++) {
            nanos[0][r] = timed(i -> articles[i] = Topics.ARTICLES.valueSerde().deserializer()
                    .deserialize(Topics.ARTICLES.name(), published.get(i)));
            nanos[1][r] = timed(i -> mentions.set(i, tagger.mentionsIn(articles[i].text())));
            nanos[2][r] = timed(i -> signals.set(i, detector.signalsIn(articles[i], mentions.get(i))));
            nanos[3][r] = timed(i -> {
                Topics.ARTICLES_TAGGED.valueSerde().serializer().serialize(Topics.ARTICLES_TAGGED.name(),
                        new TaggedArticle(articles[i], mentions.get(i)));
                for (PolicySignal s : signals.get(i)) {
                    Topics.SIGNALS.valueSerde().serializer().serialize(Topics.SIGNALS.name(), s);
                }
            });
        }
        String[] names = {"read the article (JSON)", "tag mentions", "detect signals",
            "write the tagged article and its signals (JSON)"};
        List<Stage> stages = new ArrayList<>();
        for (int s = 0; s < names.length; s++) {
            long[] measured = Arrays.copyOfRange(nanos[s], rounds / 2, rounds);
            Arrays.sort(measured);
            stages.add(new Stage(names[s], (double) measured[measured.length / 2] / n));
        }
        return stages;
    }

    private long timed(IntConsumer stage) {
        long start = CPU.getCurrentThreadCpuTime();
        for (int i = 0; i < published.size(); i++) {
            stage.accept(i);
        }
        return CPU.getCurrentThreadCpuTime() - start;
    }

    /** The stages as a markdown table, with their total. */
    public static String toMarkdown(List<Stage> stages) {
        double total = stages.stream().mapToDouble(Stage::nanosPerArticle).sum();
        StringBuilder out = new StringBuilder(
                "| stage | CPU per article | share | articles per CPU-second |\n|---|---:|---:|---:|\n");
        for (Stage s : stages) {
            out.append(String.format(Locale.ROOT, "| %s | %.1f us | %.0f %% | %,.0f |%n", s.name(),
                    s.nanosPerArticle() / 1000, 100 * s.nanosPerArticle() / total, s.articlesPerCpuSecond()));
        }
        out.append(String.format(Locale.ROOT, "| all four | %.1f us | 100 %% | %,.0f |", total / 1000, 1e9 / total));
        return out.toString();
    }
}
