package io.chipwatch.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateExpressionsTest {

    private static final DateExpressions DATES = new DateExpressions(SignalRules.loadDefault().dates());

    @ParameterizedTest(name = "{1} in an article of {0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-12-16 | au mois d'avril                  | 2025-04-30
            2025-12-16 | signé le 30 octobre              | 2025-10-30
            2025-08-13 | Le 31 juillet, le CAC            | 2025-07-31
            2025-12-16 | interdisant en 2022              | 2022-12-31
            2025-04-10 | L'an dernier, Washington         | 2024-12-31
            2025-12-16 | réautorisé cet été               | 2025-08-31
            2025-07-20 | réautorisé cet été               | 2025-07-20
            2023-07-04 | from August 1                    | 2023-08-01
            2025-03-10 | en novembre                      | 2024-11-30
            2025-10-31 | on Thursday                      | 2025-10-31
            2025-08-13 | Bloomberg a rapporté mardi       | 2025-08-13
            2024-12-02 | on July 4, 2023                  | 2023-07-04
            2025-09-01 | three months ago, 3 months ago   | 2025-06-01
            2025-12-16 | le mois dernier                  | 2025-11-30
            """)
    void shouldResolveADateExpressionToTheLatestDayItCanMean(String published, String text, String expected) {
        // given
        LocalDate today = LocalDate.parse(published);

        // when
        List<DateExpressions.Dated> found = DATES.find(text, today);

        // then
        assertThat(found).extracting(DateExpressions.Dated::latest).contains(LocalDate.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Commerce Department may ban the chips
            Nvidia sold 300 000 chips worth 3.6 billion
            Huawei plans to ship the Ascend in 2025
            """)
    void shouldFindNoDateInTextWithoutOne(String text) {
        // when
        List<DateExpressions.Dated> found = DATES.find(text, LocalDate.parse("2025-06-01"));

        // then
        assertThat(found).isEmpty();
    }
}
