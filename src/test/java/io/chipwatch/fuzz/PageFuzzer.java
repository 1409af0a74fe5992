package io.chipwatch.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.chipwatch.extract.ArticleExtractor;
import io.chipwatch.extract.ExtractedArticle;
import java.nio.charset.StandardCharsets;

/** Coverage-guided fuzzing of page extraction: any page gives an article, its text never null. */
class PageFuzzer {

    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

    @FuzzTest(maxDuration = "10s")
    @DictionaryEntries({"<html lang=\"fr\">", "<head>", "<title>", "<meta property=\"og:title\" content=\"",
            "<link rel=\"canonical\" href=\"", "<script type=\"application/ld+json\">", "\"@type\":\"NewsArticle\"",
            "\"articleBody\":\"", "\"datePublished\":\"", "<body>", "<article>", "<main>", "<p>", "</p>", "<div class=\"",
            "<nav>", "<footer>", "<aside>", "<h1>", "<time datetime=\"", "<br>", "<script>", "<!--"})
    void shouldExtractAnArticleFromAnyPage(byte[] page) {
        ExtractedArticle article = EXTRACTOR.extract(new String(page, StandardCharsets.UTF_8), "https://example.org/a");

        assertThat(article).isNotNull();
        assertThat(article.text()).isNotNull();
    }
}
