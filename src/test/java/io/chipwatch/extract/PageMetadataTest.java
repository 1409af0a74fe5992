package io.chipwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageMetadataTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // page                  | published             | language | where the page says it
        "lemonde-renseignement   | 2015-05-04T11:36:31Z  | fr       | <time itemprop=datePublished>, <html lang>",
        "liberation-nepal        | 2015-04-30T07:19:58Z  | fr       | article:published_time without zone",
        "heraldsun-surveillance  | 2015-03-13T10:00:00Z  | en       | title attribute of a date-and-time item",
        "aljazeera-malawians     | 2026-06-11T00:00:00Z  | en       | date written for readers",
        "written-fr-puces        | 2025-09-17T06:42:00Z  | fr       | JSON-LD datePublished, lang fr-FR",
        "written-de-nachrichten  | 2025-09-05T14:20:00Z  | de       | meta name=date",
        "written-br-layout       | 2025-10-09T00:00:00Z  | en       | DC.Date and DC.Language metas",
        "written-fr-divs         | 2025-10-10T07:15:00Z  | fr       | pubdate meta in basic ISO form",
    })
    void shouldReadThePublicationDateAndLanguageOfSavedPages(String page, String published, String language,
            String where) throws IOException {
        // given a saved page
        Path file = ExtractionFixture.ROOT.resolve(page).resolve("page.html");

        // when
        ExtractedArticle article;
        try (InputStream in = Files.newInputStream(file)) {
            article = extractor.extract(in, null, "https://fixtures.chipwatch.test/" + page);
        }

        // then
        assertThat(article.published()).as(where).isEqualTo(Instant.parse(published));
        assertThat(article.language()).as(where).isEqualTo(language);
    }
}
