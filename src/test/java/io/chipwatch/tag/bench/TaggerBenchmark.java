package io.chipwatch.tag.bench;

import io.chipwatch.tag.Tagger;
import io.chipwatch.tag.Watchlist;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;

/**
 * Tags the same corpus with the same aliases four ways, single-threaded: chipwatch's
 * {@link Tagger}, Lucene Monitor (one query per alias), one {@code java.util.regex} alternation,
 * and the {@code org.ahocorasick} automaton. {@code aliases} is the size of the watchlist: the
 * seed one as it is, or grown to 10,000 aliases with made-up names.
 *
 * <p>Run {@link #main} to get a Markdown table in MB/s (UTF-8 bytes of article text a second).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
public class TaggerBenchmark {

    /** Corpus copies per operation: enough text for a steady measurement, little enough for the slow contenders. */
    static final int COPIES = 2;

    @Param({"seed", "10000"})
    public String aliases;

    private List<String> documents;
    private Tagger tagger;
    private Pattern alternation;
    private Trie ahoCorasick;
    private Monitor monitor;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        documents = BenchCorpus.documents(COPIES);
        Watchlist seed = Watchlist.load(Watchlist.DEFAULT_FILE);
        Watchlist watchlist = "seed".equals(aliases) ? seed : SyntheticWatchlist.grow(seed, Integer.parseInt(aliases));
        List<String> texts = SyntheticWatchlist.aliasTexts(watchlist);
        tagger = new Tagger(watchlist);
        alternation = alternation(texts);
        ahoCorasick = Trie.builder().ignoreCase().onlyWholeWords().ignoreOverlaps().addKeywords(texts).build();
        monitor = monitor(texts);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        monitor.close();
    }

    @Benchmark
    public void chipwatch(Blackhole bh) {
        for (String doc : documents) {
            bh.consume(tagger.mentionsIn(doc));
        }
    }

    @Benchmark
    public void regexAlternation(Blackhole bh) {
        for (String doc : documents) {
            Matcher m = alternation.matcher(doc);
            int found = 0;
            while (m.find()) {
                found++;
            }
            bh.consume(found);
        }
    }

    @Benchmark
    public void ahoCorasick(Blackhole bh) {
        for (String doc : documents) {
            Collection<Emit> emits = ahoCorasick.parseText(doc);
            bh.consume(emits);
        }
    }

    @Benchmark
    public void luceneMonitor(Blackhole bh) throws IOException {
        for (String doc : documents) {
            Document d = new Document();
            d.add(new TextField("text", doc, Field.Store.NO));
            bh.consume(monitor.match(d, QueryMatch.SIMPLE_MATCHER).getMatchCount());
        }
    }

    /** Longest alternatives first, so the alternation prefers the longest name like the others do. */
    static Pattern alternation(List<String> texts) {
        StringBuilder b = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
        texts.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed()).forEach(t -> {
            if (b.charAt(b.length() - 1) != ':') {
                b.append('|');
            }
            b.append(Pattern.quote(t));
        });
        b.append(")(?![\\p{L}\\p{N}])");
        return Pattern.compile(b.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static Monitor monitor(List<String> texts) throws IOException {
        Analyzer analyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
        Monitor monitor = new Monitor(analyzer);
        List<MonitorQuery> queries = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            List<String> terms = terms(analyzer, texts.get(i));
            if (terms.isEmpty()) {
                continue;
            }
            Query q = terms.size() == 1 ? new TermQuery(new Term("text", terms.get(0)))
                    : new PhraseQuery("text", terms.toArray(new String[0]));
            queries.add(new MonitorQuery("q" + i, q));
        }
        monitor.register(queries);
        return monitor;
    }

    private static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
        }
        return terms;
    }

    /**
     * Runs the benchmark (JMH command-line options are accepted, e.g. {@code -f1 -wi 5 -i 5}) and
     * prints a Markdown table: JMH's wall-clock score in MB/s, and the same work measured per
     * CPU-second of the benchmark thread (see {@link CpuTime}).
     */
    public static void main(String[] args) throws Exception {
        Options options = new org.openjdk.jmh.runner.options.OptionsBuilder()
                .parent(new CommandLineOptions(args))
                .include(TaggerBenchmark.class.getSimpleName())
                .build();
        Collection<RunResult> results = new Runner(options).run();
        List<String> documents = BenchCorpus.documents(COPIES);
        long bytes = BenchCorpus.utf8Bytes(documents);
        System.out.printf(Locale.ROOT, "%n%d documents, %d bytes of UTF-8 text per operation%n%n", documents.size(), bytes);
        System.out.println("| aliases | contender | MB/s (JMH, wall clock) | ± (99.9%) | MB per CPU-second |");
        System.out.println("|---|---|---:|---:|---:|");
        List<RunResult> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparing((RunResult r) -> r.getParams().getParam("aliases"))
                .thenComparing(r -> -r.getPrimaryResult().getScore()));
        for (RunResult r : sorted) {
            String aliases = r.getParams().getParam("aliases");
            String name = r.getParams().getBenchmark();
            String contender = name.substring(name.lastIndexOf('.') + 1);
            double score = r.getPrimaryResult().getScore();
            double error = r.getPrimaryResult().getScoreError();
            System.out.printf(Locale.ROOT, "| %s | %s | %.2f | %.2f | %.2f |%n", aliases, contender,
                    score * bytes / 1e6, Double.isNaN(error) ? 0 : error * bytes / 1e6, perCpuSecond(aliases, contender, bytes));
        }
    }

    private static double perCpuSecond(String aliases, String contender, long bytes) throws IOException {
        TaggerBenchmark bench = new TaggerBenchmark();
        bench.aliases = aliases;
        bench.setUp();
        Blackhole bh = new Blackhole(
                "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        Runnable op = switch (contender) {
            case "chipwatch" -> () -> bench.chipwatch(bh);
            case "regexAlternation" -> () -> bench.regexAlternation(bh);
            case "ahoCorasick" -> () -> bench.ahoCorasick(bh);
            default -> () -> {
                try {
                    bench.luceneMonitor(bh);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            };
        };
        try {
            return CpuTime.megabytesPerCpuSecond(op, bytes, java.time.Duration.ofSeconds(5), java.time.Duration.ofSeconds(3));
        } finally {
            bench.tearDown();
            bh.evaporate("Yes, I am Stephen Hawking, and know a thing or two about black holes.");
        }
    }
}
