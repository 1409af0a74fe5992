package io.chipwatch.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.chipwatch.article.Article;
import io.chipwatch.signal.SignalDetector;
import io.chipwatch.signal.SignalRules;
import io.chipwatch.tag.Mention;
import io.chipwatch.tag.Tagger;
import io.chipwatch.tag.Watchlist;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Coverage-guided fuzzing of tagging and detection: any text is tagged and read without failing,
 * and every mention and signal points inside it.
 */
class TextFuzzer {

    private static final Tagger TAGGER = new Tagger(Watchlist.loadDefault());
    private static final SignalDetector DETECTOR = new SignalDetector(SignalRules.loadDefault());

    @FuzzTest(maxDuration = "10s")
    @DictionaryEntries({"Nvidia", "H20", "H-20", "H200", "Huawei", "Ascend 910C", "CAC", "MIIT", "Pékin",
            "Washington", "the Commerce Department", "le ministère du Commerce", " banned ", " a interdit ",
            " approved exports of ", " a autorisé ", " licence ", " 15 % ", " terres rares ", " tariffs ",
            " summoned ", " a convoqué ", ". ", "\\x0A\\x0A", "(", ")", "« ", " »", "’", "Mr.", "in 2022, "})
    void shouldTagAndDetectWithEveryOffsetInsideTheText(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);

        List<Mention> mentions = TAGGER.mentionsIn(text);
        Article article = new Article("fuzz", null, null, null, "fr", "fuzz.example", text, null, null);

        assertThat(mentions).allSatisfy(m -> {
            assertThat(m.start()).isBetween(0, m.end());
            assertThat(m.end()).isLessThanOrEqualTo(text.length());
        });
        assertThat(DETECTOR.signalsIn(article, mentions)).allSatisfy(s -> assertThat(s.end()).isLessThanOrEqualTo(text.length()));
    }
}
