package io.chipwatch.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed watchlist against a table of real-style English and French sentences: every alias
 * form (acronyms, officials, metonyms, dashed and plural part numbers, French elisions, missing
 * accents) and every look-alike rule (CAC 40, ascend, Blackwell the surname, H2O, intelligence,
 * micron, Congress the Indian party, house, Treasury bonds...). Offsets are checked too: each
 * mention must sit exactly on the next occurrence of its surface.
 */
class TaggerSentencesTest {

    private static Tagger tagger;

    @BeforeAll
    static void loadSeedWatchlist() {
        tagger = new Tagger(Watchlist.load(Watchlist.DEFAULT_FILE));
    }

    static List<SentenceTable.Case> cases() {
        return SentenceTable.read("/tag/sentences.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldTagExactlyTheExpectedMentionsAtTheirOffsets(SentenceTable.Case row) {
        // given
        String text = row.text();

        // when
        List<Mention> mentions = tagger.mentionsIn(text);

        // then
        assertThat(mentions).extracting(m -> new SentenceTable.Expected(m.entity(), m.surface()))
                .as(text)
                .containsExactlyElementsOf(row.expected());
        int from = 0;
        for (Mention m : mentions) {
            assertThat(m.start()).as("offset of %s", m.surface()).isEqualTo(text.indexOf(m.surface(), from));
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.surface());
            from = m.end();
        }
    }
}
