package io.chipwatch.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

    private static List<String> sentences(String text) {
        return Sentences.split(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void shouldSplitOnFullStopsQuestionAndExclamationMarks() {
        // given
        String text = "Nvidia fell. Did AMD? Yes!  Intel rose.";

        // when / then
        assertThat(sentences(text)).containsExactly("Nvidia fell.", "Did AMD?", "Yes!", "Intel rose.");
    }

    @Test
    void shouldNotSplitAfterInitialsTitlesAndDottedAbbreviations() {
        // given
        String text = "Michael C. Horowitz met M. Huang and Dr. Su at Nvidia Inc. in the U.S. on Monday. Then he left.";

        // when / then
        assertThat(sentences(text)).containsExactly(
                "Michael C. Horowitz met M. Huang and Dr. Su at Nvidia Inc. in the U.S. on Monday.", "Then he left.");
    }

    @Test
    void shouldNotSplitDecimalsOrDomainNames() {
        // given
        String text = "Orders worth 3.6 billion dollars, wrote Mydrivers.com in July. Sales rose 1.5 %.";

        // when / then
        assertThat(sentences(text)).containsExactly(
                "Orders worth 3.6 billion dollars, wrote Mydrivers.com in July.", "Sales rose 1.5 %.");
    }

    @Test
    void shouldKeepFrenchClosingQuotesWithTheirSentence() {
        // given
        String text = "« Je vous donne un bonbon, mais c’est le dernier. » L’auteur affirme le contraire.";

        // when / then
        assertThat(sentences(text)).containsExactly(
                "« Je vous donne un bonbon, mais c’est le dernier. »", "L’auteur affirme le contraire.");
    }

    @Test
    void shouldEndASentenceAtALineBreakAndSkipBlankLines() {
        // given
        String text = "Une pierre dans la mare\n\nAlors qu’on s’y attendait le moins, NVIDIA a annoncé.\n";

        // when
        List<Span> spans = Sentences.split(text);

        // then
        assertThat(spans).containsExactly(new Span(0, 23), new Span(25, 78));
        assertThat(spans.get(1).of(text)).endsWith("annoncé.");
    }

    @Test
    void shouldNotSplitBeforeALowerCaseWord() {
        // given
        String text = "Il a dit... puis il est parti. Fin.";

        // when / then
        assertThat(sentences(text)).containsExactly("Il a dit... puis il est parti.", "Fin.");
    }

    @Test
    void shouldReturnNothingForBlankText() {
        // given / when / then
        assertThat(Sentences.split("  \n ")).isEmpty();
        assertThat(Sentences.starts("")).isEmpty();
    }
}
