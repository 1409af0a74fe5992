package io.chipwatch.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RequiredStemsTest {

    private static Optional<Set<String>> stems(String regex) {
        return RequiredStems.of(Pattern.compile(regex, Regexes.FLAGS)).map(Map::keySet);
    }

    private static Map<String, Integer> reach(String regex) {
        return RequiredStems.of(Pattern.compile(regex, Regexes.FLAGS)).orElseThrow();
    }

    @Test
    void shouldBoundHowFarBeforeTheStemAMatchMayStart() {
        // then: "(the )?" may come before "us"; "[^.;]{0,60}" and a word of up to 9 chars before "tariff"
        assertThat(reach("\\b(the )?(?-i:US)\\b")).containsExactlyEntriesOf(Map.of("us", 4));
        assertThat(reach("\\b(impose|levied)\\b[^.;]{0,60}\\btariffs?")).containsExactlyEntriesOf(Map.of("tariff", 6 + 120));
        assertThat(reach("\\w+ (banned)")).containsExactlyEntriesOf(Map.of(" banned", RequiredStems.UNBOUNDED));
    }

    @Test
    void shouldAnchorMatchStartsAtTheLiteralsNearestTheStart() {
        // given: "to stop" is the most selective literal, but a match may start 160+ chars before it
        Pattern pattern = Pattern.compile("\\b(ordered|told)\\b[^.;]{0,160}\\bto stop\\b", Regexes.FLAGS);

        // when
        Map<String, Integer> screen = RequiredStems.of(pattern).orElseThrow();
        Map<String, Integer> anchors = RequiredStems.anchorsOf(pattern).orElseThrow();

        // then: the verbs start the match
        assertThat(screen).containsOnlyKeys("to stop");
        assertThat(anchors).containsExactlyInAnyOrderEntriesOf(Map.of("ordered", 0, "told", 0));
        assertThat(RequiredStems.anchorsOf(Pattern.compile("\\w+ (banned)", Regexes.FLAGS)))
                .hasValue(Map.of(" banned", RequiredStems.UNBOUNDED));
    }

    @Test
    void shouldNeedOneWordOfAnAlternation() {
        // when
        Optional<Set<String>> stems = stems("\\b(banned|Barred|prohibited)\\b");

        // then
        assertThat(stems).hasValue(Set.of("banned", "barred", "prohibited"));
    }

    @Test
    void shouldNeedOnlyTheStemOfOptionalEndings() {
        // when
        Optional<Set<String>> stems = stems("\\badd(ed|s|ing)?\\b");

        // then
        assertThat(stems).hasValue(Set.of("add"));
    }

    @Test
    void shouldKeepTheLongestLiteralAroundWildcards() {
        // when
        Optional<Set<String>> stems = stems("\\b(impos\\w+|instaur\\w+)\\b[^.;]{0,60}\\b(droits de douane|surtaxes?)\\b");

        // then: "droits de douane" or "surtaxe" is longer than "impos" or "instaur"
        assertThat(stems).hasValue(Set.of("droits de douane", "surtaxe"));
    }

    @Test
    void shouldFoldAccentedAndCaseSensitiveLiterals() {
        // when
        Optional<Set<String>> stems = stems("\\b(?-i:US)\\b|\\bÉtats-Unis\\b");

        // then
        assertThat(stems).hasValue(Set.of("us", "états-unis"));
    }

    @Test
    void shouldPreferTheWordAfterAPercentSignToTheSign() {
        // when
        Optional<Set<String>> stems = stems("\\b\\d{1,2}\\s?(%|percent)\\s+(cut|fee)\\b");

        // then: "cut" or "fee" is more selective than "%" or "percent"
        assertThat(stems).hasValue(Set.of("cut", "fee"));
    }

    @Test
    void shouldAlwaysRunAPatternWithABranchWithoutLiterals() {
        // when
        Optional<Set<String>> stems = stems("\\bbanned\\b|\\d+\\s?%?");

        // then
        assertThat(stems).isEmpty();
    }

    @Test
    void shouldAlwaysRunWhatItDoesNotRead() {
        // then: hex escapes, back references and quoting are not followed
        assertThat(stems("\\x41bc")).isEmpty();
        assertThat(stems("(ab)\\1cd")).isEmpty();
        assertThat(stems("\\Qa.b\\E")).isEmpty();
    }

    @Test
    void shouldNotTakeLiteralsFromLookarounds() {
        // when
        Optional<Set<String>> stems = stems("(?<=\\b(?:could|would) )(ban|bar)\\b");

        // then
        assertThat(stems).hasValue(Set.of("ban", "bar"));
    }
}
