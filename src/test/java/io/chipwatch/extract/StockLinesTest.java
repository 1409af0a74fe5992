package io.chipwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StockLinesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Advertisement", "Advertisement · Scroll to continue", "Publicité", "Anzeige",
        "Read more: Nvidia's chips in China", "Lire aussi : Les critiques de la CNIL", "Mehr zum Thema",
        "Share this article", "Follow Jane Doe on Twitter: @janedoe", "Sign up for our newsletter",
        "By Jane Doe and John Roe", "Par Claire Montel", "9 October 2025", "Mis à jour le 10 oct. 2025 à 12:02",
        "Copyright 2025 The Associated Press. All rights reserved.", "© Tagesblick GmbH 2025",
        "Related Coverage", "Most read", "Sur le même sujet", "Loading…", "{{ rubedo.current.page.title }}"})
    void shouldRecogniseFurnitureLines(String line) {
        // given / when / then
        assertThat(StockLines.isFurniture(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Related to this, the ministry said it would publish guidance in the coming weeks.",
        "Follow-up talks are planned for next month in Geneva.",
        "Subscribers to the service were not affected, the company said.",
        "Loading of the first cargo began on Tuesday.",
        "By the end of the year, exports had fallen by a third.",
        "Par ailleurs, la Commission a indiqué suivre la situation de près.",
        "Published figures show a sharp drop in shipments to China in 2025."})
    void shouldKeepSentencesThatStartWithTheSameWords(String line) {
        // given / when / then
        assertThat(StockLines.isFurniture(line)).isFalse();
    }
}
