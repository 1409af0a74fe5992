package io.chipwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {

    private static final String URL = "https://news.example/world/2025/08/13/story.html";
    private static final String PROSE = "Regulators in Beijing told companies to pause orders of the chips, citing security "
            + "concerns, according to people familiar with the matter, who asked not to be named. ";

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void shouldPreferJsonLdMetadataToLooserTags() {
        // given a page whose JSON-LD and <time> disagree on the date
        String html = """
                <html lang="en"><head><title>Story - Site</title>
                <script type="application/ld+json">{"@type":"NewsArticle","headline":"The headline",
                 "datePublished":"2025-08-13T06:00:00Z"}</script></head>
                <body><time datetime="2025-08-14">14 Aug</time><p>%s</p></body></html>""".formatted(PROSE);

        // when
        ExtractedArticle article = extractor.extract(html, URL);

        // then
        assertThat(article.title()).isEqualTo("The headline");
        assertThat(article.published()).isEqualTo(Instant.parse("2025-08-13T06:00:00Z"));
        assertThat(article.language()).isEqualTo("en");
    }

    @Test
    void shouldResolveARelativeCanonicalLinkAgainstThePageAddress() {
        // given
        String html = "<html><head><link rel=canonical href='/world/story'></head><body><p>" + PROSE + "</p></body></html>";

        // when
        ExtractedArticle article = extractor.extract(html, URL + "?utm_source=feed");

        // then
        assertThat(article.canonicalUrl()).isEqualTo("https://news.example/world/story");
        assertThat(article.url()).isEqualTo(URL + "?utm_source=feed");
    }

    @Test
    void shouldFallBackToTheFetchAddressWhenThePageNamesNoCanonical() {
        // given / when
        ExtractedArticle article = extractor.extract("<p>" + PROSE + "</p>", URL);

        // then
        assertThat(article.canonicalUrl()).isEqualTo(URL);
        assertThat(article.published()).isNull();
        assertThat(article.language()).isNull();
    }

    @Test
    void shouldTakeTheLanguageFromOpenGraphLocaleWhenHtmlHasNoLang() {
        // given
        String html = "<html><head><meta property='og:locale' content='fr_FR'></head><body><p>" + PROSE + "</p></body></html>";

        // when / then
        assertThat(extractor.extract(html, URL).language()).isEqualTo("fr");
    }

    @Test
    void shouldLeaveOutNavigationCommentsAndScripts() {
        // given
        String html = """
                <body><nav><a href=/>Home</a><a href=/world>World</a></nav>
                <script>var secret = "tracking";</script>
                <div class="story"><p>%s</p><p>%s</p></div>
                <div id="comments"><p>First! This is a comment that goes on for a while, with commas, and more words.</p></div>
                <footer>Copyright 2025</footer></body>""".formatted(PROSE, PROSE);

        // when
        String text = extractor.extract(html, URL).text();

        // then
        assertThat(text).isEqualTo(PROSE.strip() + "\n\n" + PROSE.strip());
    }

    @Test
    void shouldReturnEmptyTextForAPageWithoutProse() {
        // given / when / then
        assertThat(extractor.extract("", URL).text()).isEmpty();
        assertThat(extractor.extract(null, null).text()).isEmpty();
        assertThat(extractor.extract("<html><head><title>Only a title</title></head></html>", URL).text()).isEmpty();
        assertThat(extractor.extract("<frameset><frame src=a.html></frameset>", URL).text()).isEmpty();
    }

    @Test
    void shouldFindNothingInAPageWhoseArticleIsLoadedByScript() throws Exception {
        // given a real AngularJS shell page: templates and placeholders, no article
        byte[] page = Files.readAllBytes(Path.of("src/test/resources/extract-hostile/template-only.html"));

        // when
        ExtractedArticle article = extractor.extract(new ByteArrayInputStream(page), null, URL);

        // then
        assertThat(article.text()).isEmpty();
        assertThat(article.title()).isNull();
        assertThat(article.canonicalUrl()).isEqualTo(URL);
    }

    @Test
    void shouldSurviveADeeplyNestedPage() {
        // given 100,000 nested elements around the article
        String html = "<div>".repeat(100_000) + "<p>" + PROSE + "</p>" + "</div>".repeat(100_000);

        // when
        ExtractedArticle article = extractor.extract(html, URL);

        // then
        assertThat(article.text()).contains("Regulators in Beijing");
    }

    @Test
    void shouldStayFastOnThousandsOfTinyParagraphs() {
        // given 50,000 one-word paragraphs
        String html = "<body>" + "<p>word</p>".repeat(50_000) + "</body>";

        // when
        long start = System.nanoTime();
        ExtractedArticle article = extractor.extract(html, URL);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        // then: linear work, far below what a quadratic walk would take
        assertThat(article.text()).isNotNull();
        assertThat(took).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void shouldReadOnlyTheFirstFiveMebibytesOfAHugePage() {
        // given a page of about 12 MB that starts with the article
        String filler = "<div class='filler'>" + "x".repeat(1000) + "</div>";
        String html = "<body><article><p>" + PROSE + "</p><p>" + PROSE + "</p></article>" + filler.repeat(12_000);
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);

        // when
        ExtractedArticle fromBytes = extractor.extract(new ByteArrayInputStream(bytes), null, URL);
        ExtractedArticle fromText = extractor.extract(html, URL);

        // then
        assertThat(bytes.length).isGreaterThan(ArticleExtractor.MAX_BYTES);
        assertThat(fromBytes.text()).startsWith("Regulators in Beijing");
        assertThat(fromText.text()).startsWith("Regulators in Beijing");
    }

    @Test
    void shouldDecodeTheCharsetDeclaredInTheMetaTag() {
        // given a page written in windows-1252
        String html = "<html><head><meta charset=windows-1252></head><body><p>Les députés ont adopté le texte, "
                + "après un débat long et animé à l'Assemblée nationale, mardi soir à Paris.</p></body></html>";
        byte[] bytes = html.getBytes(Charset.forName("windows-1252"));

        // when
        ExtractedArticle article = extractor.extract(new ByteArrayInputStream(bytes), null, URL);

        // then
        assertThat(article.text()).contains("députés", "adopté", "débat");
    }

    @Test
    void shouldNotFailOnBytesThatAreNotValidUtf8() {
        // given
        byte[] bytes = {'<', 'p', '>', 'a', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, 'b', ' ', 'c', '<', '/', 'p', '>'};

        // when
        ExtractedArticle article = extractor.extract(new ByteArrayInputStream(bytes), null, URL);

        // then
        assertThat(article.text()).doesNotContain("<p>");
    }

    @Test
    void shouldIgnoreBrokenJsonLd() {
        // given
        String html = "<head><script type='application/ld+json'>{\"@type\": \"NewsArticle\", broken</script>"
                + "<meta property='article:published_time' content='2025-08-13'></head><body><p>" + PROSE + "</p></body>";

        // when
        ExtractedArticle article = extractor.extract(html, URL);

        // then
        assertThat(article.published()).isEqualTo(Instant.parse("2025-08-13T00:00:00Z"));
        assertThat(article.text()).startsWith("Regulators in Beijing");
    }

    @Test
    void shouldUseTheStructuredBodyWhenTheHtmlHoldsTooLittleText() {
        // given a script-rendered page: only a teaser in the HTML, the article in JSON-LD
        String body = (PROSE + "\\n").repeat(8);
        String html = "<head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"articleBody\":\"" + body
                + "\"}</script></head><body><p>Loading the article, please wait for a moment or two.</p></body>";

        // when
        String text = extractor.extract(html, URL).text();

        // then
        assertThat(text).startsWith("Regulators in Beijing").doesNotContain("Loading");
    }

    @Test
    void shouldKeepATextHiddenUntilAScriptRevealsIt() {
        // given a page whose article body is display:none until a script shows it
        String html = "<body><div class='menu' style='display:none'><a href=/>Home</a></div>"
                + "<div class='story' style='display: none'>" + ("<p>" + PROSE + "</p>").repeat(8) + "</div></body>";

        // when
        String text = extractor.extract(html, URL).text();

        // then
        assertThat(text).startsWith("Regulators in Beijing").doesNotContain("Home");
    }

    @Test
    void shouldKeepDivParagraphsInAContainerNamedLikeASharingWidget() {
        // given paragraphs written as <div>s in a container whose class mentions sharing
        String html = "<body><div class='entry-content post-share-enabled'>"
                + ("<div>" + PROSE + "</div>").repeat(20) + "</div><div class='share'><a href=#>Share</a></div></body>";

        // when
        String text = extractor.extract(html, URL).text();

        // then
        assertThat(text.split("\n\n")).hasSize(20);
    }

    @Test
    void shouldDropStockLinesBylinesAndWireCopyright() {
        // given
        String html = "<body><div class='story'><p>By Jane Doe and John Roe</p><p>" + PROSE + "</p>"
                + "<p>Advertisement</p><p>" + PROSE + "</p><p>Follow Jane Doe on Twitter: @janedoe</p>"
                + "<p>Copyright 2025 The Associated Press. All rights reserved. This material may not be published,"
                + " broadcast, rewritten or redistributed without permission.</p></div></body>";

        // when
        String text = extractor.extract(html, URL).text();

        // then
        assertThat(text).isEqualTo(PROSE.strip() + "\n\n" + PROSE.strip());
    }

    @Test
    void shouldPreferTheArticleToALongerCommentThread() {
        // given a short article followed by a German comment section three times its length
        String comment = "<div class='kommentar-item'><p>Das sehe ich ganz anders, denn die Regeln wurden schon "
                + "vor Jahren angekündigt, und niemand hat damals reagiert, weder die Industrie noch die Politik.</p></div>";
        String html = "<body><article><p>" + PROSE + "</p><p>" + PROSE + "</p></article>"
                + "<section id='kommentare'>" + comment.repeat(6) + "</section></body>";

        // when
        String text = extractor.extract(html, URL).text();

        // then
        assertThat(text).isEqualTo(PROSE.strip() + "\n\n" + PROSE.strip());
    }

    @Test
    void shouldKeepTheLeadParagraphsBeforeANestedReadMoreBlock() {
        // given a body whose first paragraphs sit beside the block that holds the rest of the text
        String html = "<body><div class='story'><p class='standfirst'>" + PROSE + "</p></div>"
                + "<div class='text'><p>Lead one, " + PROSE + "</p><p>Lead two, " + PROSE + "</p>"
                + "<div id='more'><div class='rest'>" + ("<p>" + PROSE + "</p>").repeat(10) + "</div></div></div></body>";

        // when
        String text = extractor.extract(html, URL).text();

        // then
        assertThat(text).startsWith("Lead one, ").contains("Lead two, ");
        assertThat(text.split("\n\n")).hasSize(12);
    }

    @Test
    void shouldDropAHeadingThatOnlyTitlesALinkList() {
        // given a related-links box with its heading in the middle of the article container
        String html = "<body><div class='story'><p>" + PROSE + "</p><h3>China widens curbs</h3><p>" + PROSE + "</p>"
                + "<h3>Related coverage</h3><ul><li><a href=/a>Nvidia shares fall on report of new curbs</a></li>"
                + "<li><a href=/b>Beijing summons chip makers over security</a></li></ul>"
                + "<h3>Stories you missed</h3><ul><li><a href=/c>A story about something else entirely</a></li>"
                + "<li><a href=/d>Another story about something else again</a></li></ul><p>" + PROSE + "</p></div></body>";

        // when
        String text = extractor.extract(html, URL).text();

        // then the article's own sub-heading stays, the titles of the link boxes go
        assertThat(text).contains("China widens curbs").doesNotContain("Related coverage", "Stories you missed");
        assertThat(text.split("\n\n")).hasSize(4);
    }
}
