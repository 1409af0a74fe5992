package io.chipwatch.tag.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.chipwatch.tag.Mention;
import io.chipwatch.tag.Tagger;
import io.chipwatch.tag.Watchlist;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's big watchlist must not change what the real entries find, or the benchmark would measure something else. */
class SyntheticWatchlistTest {

    @Test
    void shouldFindTheSeedMentionsWithATenThousandAliasWatchlist() {
        // given
        Watchlist seed = Watchlist.load(Watchlist.DEFAULT_FILE);
        Watchlist big = SyntheticWatchlist.grow(seed, 10_000);
        String text = BenchCorpus.documents(1).get(2);

        // when
        List<Mention> withSeed = new Tagger(seed).mentionsIn(text);
        List<Mention> withBig = new Tagger(big).mentionsIn(text);

        // then
        assertThat(SyntheticWatchlist.aliasTexts(big)).hasSizeGreaterThanOrEqualTo(10_000);
        assertThat(withBig).isEqualTo(withSeed).isNotEmpty();
    }
}
