package io.chipwatch.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlainSentenceSplitterTest {

    @Test
    void shouldSplitSentencesAndNumberParagraphs() {
        // given
        String text = "Le CAC a convoqué Nvidia. Il a demandé des explications !\n\nTitre sans point\nSelon le FT, Pékin a agi.";

        // when
        List<PlainSentenceSplitter.Span> spans = PlainSentenceSplitter.split(text);

        // then
        assertThat(spans).extracting(s -> text.substring(s.start(), s.end())).containsExactly(
                "Le CAC a convoqué Nvidia.", "Il a demandé des explications !", "Titre sans point",
                "Selon le FT, Pékin a agi.");
        assertThat(spans).extracting(PlainSentenceSplitter.Span::paragraph).containsExactly(0, 0, 1, 2);
    }

    @Test
    void shouldNotSplitAfterAbbreviationsInitialsOrDecimals() {
        // given
        String text = "The U.S. Commerce Department said Michael C. Horowitz and M. Huang met on Jan. 5 over a 3.6 billion deal. Then it acted.";

        // when
        List<PlainSentenceSplitter.Span> spans = PlainSentenceSplitter.split(text);

        // then
        assertThat(spans).hasSize(2);
        assertThat(text.substring(spans.get(1).start(), spans.get(1).end())).isEqualTo("Then it acted.");
    }

    @Test
    void shouldKeepClosingQuotesWithTheirSentence() {
        // given
        String text = "« Il ne permet toujours pas l'exportation. » Le CAC a convoqué Nvidia.";

        // when
        List<PlainSentenceSplitter.Span> spans = PlainSentenceSplitter.split(text);

        // then
        assertThat(spans).extracting(s -> text.substring(s.start(), s.end())).containsExactly(
                "« Il ne permet toujours pas l'exportation. »", "Le CAC a convoqué Nvidia.");
    }

    @Test
    void shouldCutTextWithoutStopsIntoBoundedSpans() {
        // given
        String text = "mot ".repeat(2000).trim();

        // when
        List<PlainSentenceSplitter.Span> spans = PlainSentenceSplitter.split(text);

        // then
        assertThat(spans).hasSizeGreaterThan(1)
                .allSatisfy(s -> assertThat(s.end() - s.start()).isLessThanOrEqualTo(PlainSentenceSplitter.MAX_SENTENCE));
        assertThat(spans.get(spans.size() - 1).end()).isEqualTo(text.length());
    }
}
