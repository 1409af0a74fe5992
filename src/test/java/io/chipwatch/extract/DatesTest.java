package io.chipwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2025-08-13T10:00:00+02:00      | 2025-08-13T08:00:00Z",
        "2025-08-13T10:00:00+0200       | 2025-08-13T08:00:00Z",
        "2025-08-13T08:00:00Z           | 2025-08-13T08:00:00Z",
        "2025-08-13T08:00:00.000Z       | 2025-08-13T08:00:00Z",
        "2025-08-13 08:00:00            | 2025-08-13T08:00:00Z",
        "2025-08-13T08:00               | 2025-08-13T08:00:00Z",
        "2025-08-13                     | 2025-08-13T00:00:00Z",
        "Wed, 13 Aug 2025 08:00:00 GMT  | 2025-08-13T08:00:00Z",
    })
    void shouldReadTheDateFormsPagesUse(String raw, String expected) {
        // given a date as pages write it
        // when
        var parsed = Dates.parse(raw);

        // then
        assertThat(parsed).contains(Instant.parse(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "March 13, 2015                      | 2015-03-13T00:00:00Z",
        "Published On 11 Jun 2026            | 2026-06-11T00:00:00Z",
        "Date 19.01.2020                     | 2020-01-19T00:00:00Z",
        "Sept. 4, 2025                       | 2025-09-04T00:00:00Z",
    })
    void shouldReadDatesWrittenForReaders(String text, String expected) {
        // given / when / then
        assertThat(Dates.parseWritten(text)).contains(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "13/08/2025 à 10h", "2025-13-45"})
    void shouldGiveNothingForWhatIsNoDate(String raw) {
        // given / when / then
        assertThat(Dates.parse(raw)).isEmpty();
    }
}
