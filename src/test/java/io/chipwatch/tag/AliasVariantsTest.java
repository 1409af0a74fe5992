package io.chipwatch.tag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AliasVariantsTest {

    @Test
    void shouldSpellPartNumbersWithAndWithoutASeparatorAndInThePlural() {
        // given / when / then
        assertThat(AliasVariants.keys("H20", true)).containsExactlyInAnyOrder("h20", "h 20", "h20s", "h 20s");
        assertThat(AliasVariants.keys("MI 308", false)).containsExactlyInAnyOrder("mi 308", "mi308");
    }

    @Test
    void shouldFoldCaseAccentsDashesAndApostrophes() {
        // given / when / then
        assertThat(AliasVariants.keys("Maison-Blanche", false)).containsExactly("maison blanche");
        assertThat(AliasVariants.keys("régulateur chinois d’Internet", false))
                .containsExactly("regulateur chinois d'internet");
    }

    @Test
    void shouldLeaveNamesWithoutDigitsAsWritten() {
        // given / when / then
        assertThat(AliasVariants.keys("Huawei Technologies", true)).containsExactly("huawei technologies");
    }
}
