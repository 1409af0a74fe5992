package io.chipwatch.bench;

import io.chipwatch.article.Article;
import io.chipwatch.tag.Entity;
import io.chipwatch.tag.EntityType;
import io.chipwatch.tag.Sentences;
import io.chipwatch.tag.Watchlist;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * An endless, repeatable stream of news articles shaped like what the fetchers publish: bodies of
 * varied length made of the seed articles' sentences and of plain English ones, a share of them
 * stating a policy action on a chip from the watchlist, and stories picked up again by other
 * outlets. The same {@code seed} gives the same stream, so a benchmark run or a crash test can
 * be replayed and compared.
 */
public final class ArticleStream {

    /** Unrelated English sentences: the filler of articles that are not in French. */
    private static final List<String> ENGLISH_FILLER = List.of(
            "Shares of chipmakers moved little in early trading on Tuesday.",
            "Analysts said demand for data-centre hardware remained strong through the quarter.",
            "The company reported revenue broadly in line with expectations.",
            "Investors are watching the next round of earnings for signs of a slowdown.",
            "Data centres now account for the largest share of the industry's sales.",
            "The conference drew engineers and executives from across the supply chain.",
            "Several start-ups are designing accelerators for inference workloads.",
            "Memory prices rose for the third month in a row, according to traders.",
            "The firm declined to comment on its plans for next year.",
            "Cloud providers continue to expand their capacity in Asia and Europe.");

    /** Actions stated as fact, {@code %s} being a chip's name: what the detector must turn into alerts. */
    private static final List<String> SIGNALS_EN = List.of(
            "The US Commerce Department banned exports of %s chips to China on Monday.",
            "Beijing ordered its technology companies to stop buying %s chips.",
            "Washington approved licences to sell %s chips to Chinese customers.");
    private static final List<String> SIGNALS_FR = List.of(
            "Le département du Commerce a interdit lundi les exportations de puces %s vers la Chine.",
            "Pékin a ordonné aux entreprises chinoises de suspendre leurs commandes de puces %s.",
            "Washington a autorisé la vente de puces %s à des clients chinois.");

    private final Mix mix;
    private final Random random;
    private final List<String> frenchFiller;
    private final List<String> chips;
    private final Deque<Article> recent = new ArrayDeque<>();
    private final Instant start;
    private long count;

    /**
     * @param seeds     articles whose sentences make the French filler
     * @param watchlist where the chips named by signal sentences come from
     * @param start     publication time of the first article; later ones a second apart
     */
    public ArticleStream(List<Article> seeds, Watchlist watchlist, Mix mix, Instant start, long seed) {
        this.mix = mix;
        this.random = new Random(seed);
        this.start = start;
        this.frenchFiller = new ArrayList<>();
        for (Article a : seeds) {
            Sentences.split(a.text()).forEach(s -> frenchFiller.add(a.text().substring(s.start(), s.end())));
        }
        this.chips = watchlist.entities().stream().filter(e -> e.type() == EntityType.CHIP)
                .map(Entity::name).limit(mix.chips()).toList();
        if (frenchFiller.isEmpty() || chips.isEmpty()) {
            throw new IllegalArgumentException("the generator needs seed sentences and chips in the watchlist");
        }
    }

    /** The next article: a new story, or one already published picked up by another outlet. */
    public Article next() {
        long n = count++;
        String outlet = "outlet-" + random.nextInt(mix.outlets()) + ".example";
        Instant published = start.plus(Duration.ofSeconds(n));
        Article article;
        if (!recent.isEmpty() && random.nextDouble() < mix.repeatShare()) {
            Article story = pick(List.copyOf(recent));
            article = new Article("bench-" + n, "https://" + outlet + "/news/" + n, story.title(), published,
                    story.language(), outlet, story.text(), null, null);
        } else {
            article = story(n, outlet, published);
            recent.addLast(article);
            if (recent.size() > 50) {
                recent.removeFirst();
            }
        }
        return article;
    }

    /** The next {@code n} articles. */
    public List<Article> take(int n) {
        List<Article> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(next());
        }
        return out;
    }

    private Article story(long n, String outlet, Instant published) {
        boolean french = random.nextDouble() < mix.frenchShare();
        List<String> filler = french ? frenchFiller : ENGLISH_FILLER;
        int sentences = mix.minSentences() + random.nextInt(mix.maxSentences() - mix.minSentences() + 1);
        StringBuilder text = new StringBuilder();
        String title = null;
        boolean signal = random.nextDouble() < mix.signalShare();
        int signalAt = signal ? random.nextInt(sentences) : -1;
        for (int i = 0; i < sentences; i++) {
            String sentence = i == signalAt
                    ? String.format(Locale.ROOT, pick(french ? SIGNALS_FR : SIGNALS_EN), pick(chips))
                    : pick(filler);
            if (title == null || i == signalAt) {
                title = sentence.length() > 120 ? sentence.substring(0, 120) : sentence;
            }
            text.append(sentence).append(i % 4 == 3 ? "\n\n" : " ");
        }
        return new Article("bench-" + n, "https://" + outlet + "/news/" + n, title, published,
                french ? "fr" : "en", outlet, text.toString().strip(), null, null);
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /**
     * The shape of the stream.
     *
     * @param signalShare  share of new stories that state a policy action
     * @param repeatShare  share of articles that are another outlet's copy of a recent story
     * @param frenchShare  share of new stories written in French
     * @param outlets      how many outlets publish
     * @param chips        how many of the watchlist's chips the actions are about
     * @param minSentences shortest body, in sentences
     * @param maxSentences longest body, in sentences
     */
    public record Mix(double signalShare, double repeatShare, double frenchShare, int outlets, int chips,
            int minSentences, int maxSentences) {

        /** Mostly unrelated news, one story in five about a policy action, a third of them picked up again. */
        public static final Mix NEWS = new Mix(0.2, 0.3, 0.5, 12, 8, 3, 40);

        public Mix {
            if (outlets < 1 || chips < 1 || minSentences < 1 || maxSentences < minSentences) {
                throw new IllegalArgumentException("a mix needs outlets, chips and 1 <= minSentences <= maxSentences");
            }
        }
    }
}
