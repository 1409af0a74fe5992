package io.chipwatch.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The matcher's contract on small watchlists built for each behaviour. */
class TaggerTest {

    private static final String YAML = """
            ignore:
              - CAC 40
            entities:
              - id: company:huawei
                type: COMPANY
                name: Huawei
                aliases:
                  any: [Huawei]
              - id: chip:huawei-ascend-910c
                type: CHIP
                name: Huawei Ascend 910C
                vendor: company:huawei
                family: Ascend
                aliases:
                  any: [Ascend 910C, {text: 910C, requires: [company:huawei]}]
              - id: chip:huawei-ascend
                type: CHIP
                name: Huawei Ascend
                vendor: company:huawei
                family: Ascend
                aliases:
                  any: [{text: Ascend, case: CAPITALS}]
              - id: regulator:cn-cac
                type: REGULATOR
                name: Cyberspace Administration of China
                jurisdiction: cn
                government: true
                aliases:
                  en: [Cyberspace Administration of China, {text: CAC, case: CAPITALS}]
                  fr: [Administration du cyberespace de Chine]
              - id: regulator:us-commerce
                type: REGULATOR
                name: US Department of Commerce
                jurisdiction: us
                government: true
                aliases:
                  fr: [Département du Commerce]
                  en: [Commerce Department]
            """;

    private final Tagger tagger = new Tagger(Watchlist.parse("test.yaml", YAML));

    @Test
    void shouldReportOffsetsInTheOriginalText() {
        // given
        String text = "Le « Département du Commerce » a parlé.";

        // when
        List<Mention> mentions = tagger.mentionsIn(text);

        // then
        assertThat(mentions).containsExactly(new Mention("regulator:us-commerce", EntityType.REGULATOR,
                "US Department of Commerce", "Département du Commerce", 5, 28, 0));
    }

    @Test
    void shouldPreferTheLongestAliasAtAPosition() {
        // given
        String text = "Huawei unveiled the Ascend 910C.";

        // when
        List<Mention> mentions = tagger.mentionsIn(text);

        // then
        assertThat(mentions).extracting(Mention::entity, Mention::start, Mention::end)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("company:huawei", 0, 6),
                        org.assertj.core.groups.Tuple.tuple("chip:huawei-ascend-910c", 20, 31));
    }

    @Test
    void shouldMatchAcrossLineBreaksDoubleSpacesAndNoBreakSpaces() {
        // given
        String text = "The Cyberspace  Administration\nof\u00A0China acted.";

        // when
        List<Mention> mentions = tagger.mentionsIn(text);

        // then
        assertThat(mentions).singleElement().satisfies(m -> {
            assertThat(m.entity()).isEqualTo("regulator:cn-cac");
            assertThat(m.surface()).isEqualTo("Cyberspace  Administration\nof\u00A0China");
        });
    }

    @Test
    void shouldMatchDecomposedAccents() {
        // given: "é" written as e + combining acute accent, as some feeds deliver it
        String text = "Le De\u0301partement du Commerce a agi.";

        // when
        List<Mention> mentions = tagger.mentionsIn(text);

        // then
        assertThat(mentions).extracting(Mention::surface).containsExactly("De\u0301partement du Commerce");
    }

    @Test
    void shouldCountAConditionalAliasOnlyWhenItsRequirementIsNamed() {
        // given
        String with = "The 910C ships soon, Huawei said.";
        String without = "The 910C ships soon, the airline said.";

        // when
        List<Mention> withHuawei = tagger.mentionsIn(with);
        List<Mention> withoutHuawei = tagger.mentionsIn(without);

        // then
        assertThat(withHuawei).extracting(Mention::entity).containsExactly("chip:huawei-ascend-910c", "company:huawei");
        assertThat(withoutHuawei).isEmpty();
    }

    @Test
    void shouldRequireCapitalsWhenTheAliasSaysSo() {
        // given
        String text = "Prices ascend while ASCEND and Ascend sell.";

        // when
        List<Mention> mentions = tagger.mentionsIn(text);

        // then
        assertThat(mentions).extracting(Mention::surface).containsExactly("ASCEND", "Ascend");
    }

    @Test
    void shouldLetAnIgnorePhraseSwallowTheAliasInside() {
        // given
        String text = "The CAC 40 fell; the CAC summoned Nvidia.";

        // when
        List<Mention> mentions = tagger.mentionsIn(text);

        // then
        assertThat(mentions).extracting(Mention::surface, Mention::start).containsExactly(
                org.assertj.core.groups.Tuple.tuple("CAC", 21));
    }

    @Test
    void shouldGiveEachMentionItsSentenceIndex() {
        // given
        String text = "Huawei grew. M. Ren said the CAC was silent.\nAscend 910C ships.";

        // when
        List<Mention> mentions = tagger.mentionsIn(text);

        // then
        assertThat(mentions).extracting(Mention::surface, Mention::sentence).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Huawei", 0),
                org.assertj.core.groups.Tuple.tuple("CAC", 1),
                org.assertj.core.groups.Tuple.tuple("Ascend 910C", 2));
    }

    @Test
    void shouldFindNothingInEmptyOrUnrelatedText() {
        // given
        String empty = "";
        String unrelated = "Le chat dort sur le canapé, 42 fois.";

        // when / then
        assertThat(tagger.mentionsIn(empty)).isEmpty();
        assertThat(tagger.mentionsIn(unrelated)).isEmpty();
    }

    @Test
    void shouldNotMatchInsideLongerWords() {
        // given
        String text = "Huaweiphone CACAO xCAC 910Cx Ascended";

        // when
        List<Mention> mentions = tagger.mentionsIn(text);

        // then
        assertThat(mentions).isEmpty();
    }

    @Test
    void shouldGiveTheSameAnswerFromManyThreads() throws Exception {
        // given
        String text = "Huawei's Ascend 910C and the CAC. ".repeat(200);
        List<Mention> expected = tagger.mentionsIn(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);

        // when
        List<Future<List<Mention>>> results = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            results.add(pool.submit(() -> tagger.mentionsIn(text)));
        }

        // then
        for (Future<List<Mention>> result : results) {
            assertThat(result.get()).isEqualTo(expected);
        }
        pool.shutdown();
        assertThat(expected).hasSize(600);
    }
}
