package io.chipwatch.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.chipwatch.article.Article;
import io.chipwatch.extract.ArticleExtractor;
import io.chipwatch.extract.ExtractedArticle;
import io.chipwatch.fetch.FeedParser;
import io.chipwatch.fetch.FetchException;
import io.chipwatch.signal.PolicySignal;
import io.chipwatch.signal.SignalDetector;
import io.chipwatch.signal.SignalRules;
import io.chipwatch.tag.Mention;
import io.chipwatch.tag.Tagger;
import io.chipwatch.tag.Watchlist;
import io.chipwatch.tag.WatchlistException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each parser, fed mutated real inputs, keeps its contract: it returns a result, or fails with
 * the one exception its javadoc names. Anything else (a NullPointerException, an index out of
 * bounds, an offset outside the text) fails the test with the seed and try that reproduce it;
 * the input is saved under {@code target/fuzz/}.
 */
class ParserFuzzTest {

    private static final Logger LOG = LoggerFactory.getLogger(ParserFuzzTest.class);
    private static final Budget BUDGET = Budget.fromSystemProperties();

    @Test
    void shouldParseEveryMutatedFeedOrRejectItAsNotAFeed() {
        // given
        List<byte[]> feeds = fixtures(Path.of("src/test/resources/fetch/feeds"), ".rss", ".atom", ".rdf", ".atom03", ".rss091");
        FeedParser parser = new FeedParser(100);

        // when / then
        fuzz("feed", feeds, input -> {
            try {
                assertThat(parser.parse(input, Optional.empty(), URI.create("https://example.org/feed"))).isNotNull();
            } catch (FetchException expected) {
                // the documented outcome for a body that is not a feed
            }
        });
    }

    @Test
    void shouldExtractSomethingFromEveryMutatedPage() {
        // given
        List<byte[]> pages;
        try (Stream<Path> dirs = Files.list(Path.of("src/test/resources/extract"))) {
            pages = dirs.map(d -> d.resolve("page.html")).filter(Files::isRegularFile).limit(6).map(ParserFuzzTest::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ArticleExtractor extractor = new ArticleExtractor();

        // when / then
        fuzz("page", pages, input -> {
            ExtractedArticle article = extractor.extract(new String(input, StandardCharsets.UTF_8), "https://example.org/a");
            assertThat(article).isNotNull();
            assertThat(article.text()).isNotNull();
        });
    }

    @Test
    void shouldLoadEveryMutatedWatchlistOrNameItsProblem() {
        // given: the head of the real watchlist, so each try stays fast
        String yaml = new String(read(Path.of("seeds/watchlist.yaml")), StandardCharsets.UTF_8);
        byte[] head = yaml.substring(0, Math.min(yaml.length(), 12_000)).getBytes(StandardCharsets.UTF_8);

        // when / then
        fuzz("watchlist", List.of(head), input -> {
            try {
                Watchlist watchlist = Watchlist.parse("fuzz.yaml", new String(input, StandardCharsets.UTF_8));
                assertThat(watchlist.entities()).isNotNull();
            } catch (WatchlistException expected) {
                assertThat(expected.getMessage()).contains("fuzz.yaml");
            }
        });
    }

    @Test
    void shouldTagAndDetectInEveryMutatedTextWithOffsetsInsideIt() {
        // given
        List<byte[]> texts = fixtures(Path.of("seeds/articles"), ".txt");
        Tagger tagger = new Tagger(Watchlist.loadDefault());
        SignalDetector detector = new SignalDetector(SignalRules.loadDefault());

        // when / then
        fuzz("text", texts, input -> {
            String text = new String(input, StandardCharsets.UTF_8);
            List<Mention> mentions = tagger.mentionsIn(text);
            assertThat(mentions).allSatisfy(m -> {
                assertThat(m.start()).isBetween(0, m.end());
                assertThat(m.end()).isLessThanOrEqualTo(text.length());
            });
            Article article = new Article("fuzz", null, null, null, "fr", "fuzz.example", text, null, null);
            List<PolicySignal> signals = detector.signalsIn(article, mentions);
            assertThat(signals).allSatisfy(s -> assertThat(s.end()).isLessThanOrEqualTo(text.length()));
        });
    }

    private interface Target {
        void accept(byte[] input) throws Exception;
    }

    private static void fuzz(String name, List<byte[]> corpus, Target target) {
        assertThat(corpus).as(name + " fixtures").isNotEmpty();
        Random pick = new Random(BUDGET.seed());
        Mutator mutator = new Mutator(BUDGET.seed());
        long start = System.nanoTime();
        int n = 0;
        for (; BUDGET.allows(n, start); n++) {
            byte[] input = mutator.mutate(corpus.get(pick.nextInt(corpus.size())));
            try {
                target.accept(input);
            } catch (Throwable e) {
                Path saved = save(name, n, input);
                throw new AssertionError(name + " try " + n + " with seed " + BUDGET.seed() + " failed; input in "
                        + saved + ": " + e, e);
            }
        }
        LOG.info("fuzz {}: {} inputs in {} ms, seed {}", name, n, (System.nanoTime() - start) / 1_000_000, BUDGET.seed());
        assertThat(n).as(name + " tries").isPositive();
    }

    private static List<byte[]> fixtures(Path dir, String... suffixes) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> Stream.of(suffixes).anyMatch(s -> f.toString().endsWith(s))).sorted()
                    .map(ParserFuzzTest::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path save(String name, int n, byte[] input) {
        try {
            Path file = Path.of("target", "fuzz", name + "-" + BUDGET.seed() + "-" + n + ".bin");
            Files.createDirectories(file.getParent());
            return Files.write(file, input);
        } catch (IOException e) {
            return Path.of("(not saved: " + e.getMessage() + ")");
        }
    }
}
