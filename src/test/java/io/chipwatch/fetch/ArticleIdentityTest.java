package io.chipwatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import io.chipwatch.article.ArticleIds;
import org.junit.jupiter.api.Test;

/** The identity rules the fetcher relies on to send a story once. */
class ArticleIdentityTest {

    private static final String STORY = "https://www.commerce.gov/news/press-releases/2025/12/h200?id=7&lang=en";

    @Test
    void shouldGiveTheSameIdToTheSameStoryReachedThroughDifferentLinks() {
        // when / then
        assertThat(ArticleIds.forUrl("HTTPS://WWW.Commerce.gov:443/news/press-releases/2025/12/h200?lang=en&id=7"
                + "&utm_source=rss&utm_medium=feed&fbclid=XYZ#top")).isEqualTo(ArticleIds.forUrl(STORY));
        assertThat(ArticleIds.forUrl(" " + STORY + "&gclid=abc ")).isEqualTo(ArticleIds.forUrl(STORY));
    }

    @Test
    void shouldKeepParametersThatNameADifferentDocument() {
        // when / then
        assertThat(ArticleIds.forUrl(STORY.replace("id=7", "id=8"))).isNotEqualTo(ArticleIds.forUrl(STORY));
        assertThat(ArticleIds.forUrl(STORY.replace("https:", "http:"))).isNotEqualTo(ArticleIds.forUrl(STORY));
    }

    @Test
    void shouldDropEveryTrackingParameterLeavingNoEmptyQuery() {
        // when / then
        assertThat(ArticleIds.canonicalUrl("https://www.lemonde.fr/economie/article/2025/12/09/nvidia.html"
                + "?xtor=RSS-3208&utm_campaign=x"))
                .isEqualTo("https://www.lemonde.fr/economie/article/2025/12/09/nvidia.html");
    }
}
