package io.chipwatch.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LeadingBoundaryTest {

    private static boolean leads(String regex) {
        return LeadingBoundary.of(Pattern.compile(regex, Regexes.FLAGS));
    }

    @Test
    void shouldSeeABoundaryThatEveryAlternativeBeginsWith() {
        // given a boundary before each alternative, possibly inside a group that must match
        // when / then
        assertThat(leads("\\b(the )?US\\b|\\bWashington\\b")).isTrue();
        assertThat(leads("(\\b(to|into|vers)\\s+(la |the )?)$")).isTrue();
        assertThat(leads("(?:\\bban|\\bbar)red")).isTrue();
        assertThat(leads("(?<verb>\\bbanned)")).isTrue();
        assertThat(leads("(\\bban)+ned")).isTrue();
    }

    @Test
    void shouldNotSeeABoundaryThatAMatchCanSkip() {
        // given alternatives or optional groups that start a match without a boundary
        // when / then
        assertThat(leads("\\bbanned|barred")).isFalse();
        assertThat(leads("(\\bthe )?US")).isFalse();
        assertThat(leads("(\\bthe ){0,2}US")).isFalse();
        assertThat(leads("\\b?US")).isFalse();
        assertThat(leads("\\b{g}US")).isFalse();
        assertThat(leads("(?<=to )\\bban")).isFalse();
        assertThat(leads("(?<![\\w])(19|20)\\d\\d")).isFalse();
        assertThat(leads("[(]\\bUS")).isFalse();
        assertThat(leads("\\Q\\b\\EUS")).isFalse();
    }

    @Test
    void shouldRuleOutOnlyPositionsBetweenTwoLettersOrDigits() {
        // given "plus US" folded
        char[] folded = RequiredStems.foldToChars("xx plus US");

        // when / then: offsets are relative to the input, which starts at 3 ("plus US")
        assertThat(LeadingBoundary.possibleAt(folded, 3, 0, 7)).as("start of the input").isTrue();
        assertThat(LeadingBoundary.possibleAt(folded, 3, 2, 7)).as("'us' inside 'plus'").isFalse();
        assertThat(LeadingBoundary.possibleAt(folded, 3, 4, 7)).as("after 'plus'").isTrue();
        assertThat(LeadingBoundary.possibleAt(folded, 3, 5, 7)).as("'US'").isTrue();
        assertThat(LeadingBoundary.possibleAt(folded, 3, 6, 7)).as("inside 'US'").isFalse();
        assertThat(LeadingBoundary.possibleAt(folded, 3, 7, 7)).as("end of the input").isTrue();
    }

    @Test
    void shouldFindThatMostPatternsOfTheRuleFileBeginWithABoundary() {
        // given
        SignalRules rules = SignalRules.loadDefault();

        // when
        long leading = rules.rules().stream().filter(rule -> LeadingBoundary.of(rule.trigger())).count();

        // then: the shortcut applies to the rule file as written
        assertThat(leading).isGreaterThan(rules.rules().size() / 2);
    }
}
