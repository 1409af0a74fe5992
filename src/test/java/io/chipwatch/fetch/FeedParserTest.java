package io.chipwatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeedParserTest {

    private static final URI BASE = URI.create("https://feeds.example.gov/");
    private final FeedParser parser = new FeedParser(500);

    private static byte[] fixture(String path) throws IOException {
        try (InputStream in = FeedParserTest.class.getResourceAsStream("/fetch" + path)) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)
                    .replace("{{base}}", "https://feeds.example.gov").getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void shouldReadRss2SkippingItemsWithoutALinkAndKeepingItemsWithBadDates() throws Exception {
        // when
        ParsedItems parsed = parser.parse(fixture("/feeds/bis-federal-register.rss"), Optional.empty(), BASE);

        // then
        assertThat(parsed.items()).hasSize(4);
        assertThat(parsed.items().get(0).summary())
                .isEqualTo("The Bureau of Industry and Security amends the Export Administration Regulations by adding entities to the Entity List.");
        assertThat(parsed.items().get(3).published()).isNull();
        assertThat(parsed.items()).allMatch(i -> "en".equals(i.language()));
        assertThat(parsed.warning()).isEqualTo("1 items without a usable link skipped");
    }

    @Test
    void shouldReadRss1RdfWithDublinCoreDates() throws Exception {
        // when
        ParsedItems parsed = parser.parse(fixture("/feeds/mofcom-announcements.rdf"), Optional.empty(), BASE);

        // then
        assertThat(parsed.items()).singleElement().satisfies(item -> {
            assertThat(item.link()).isEqualTo("https://feeds.example.gov/articles/rare-earth-controls.html");
            assertThat(item.published()).isEqualTo(Instant.parse("2025-10-09T02:00:00Z"));
            assertThat(item.language()).isEqualTo("zh");
        });
        assertThat(parsed.warnings()).isEmpty();
    }

    @Test
    void shouldReadAtom1And03AndRss091() throws Exception {
        // when
        ParsedItems atom = parser.parse(fixture("/feeds/commerce-press.atom"), Optional.empty(), BASE);
        ParsedItems atom03 = parser.parse(fixture("/feeds/legacy.atom03"), Optional.empty(), BASE);
        ParsedItems rss091 = parser.parse(fixture("/feeds/legacy.rss091"), Optional.empty(), BASE);

        // then
        assertThat(atom.items()).extracting(FeedItem::title).containsExactly(
                "Commerce approves H200 exports to China with a 25 percent revenue share",
                "Entity List additions target Chinese supercomputer developers");
        assertThat(atom.items().get(0).published()).isEqualTo(Instant.parse("2025-12-09T15:00:00Z"));
        assertThat(atom.items().get(0).summary()).isEqualTo("The Department will license H200 shipments to approved customers in China.");
        assertThat(atom03.items()).extracting(FeedItem::link)
                .containsExactly("https://feeds.example.gov/articles/h20-license-requirement.html");
        assertThat(rss091.items()).extracting(FeedItem::title).containsExactly("Pékin décourage l'achat de puces H20");
        assertThat(rss091.items().get(0).language()).isEqualTo("fr");
    }

    @Test
    void shouldRefuseADocumentThatIsNotAFeed() {
        // when / then
        assertThatThrownBy(() -> parser.parse("<html><body>moved</body></html>".getBytes(StandardCharsets.UTF_8),
                Optional.empty(), BASE)).isInstanceOf(FetchException.class).hasMessage("not a feed: an HTML page");
    }

    @Test
    void shouldUseTheCharsetOfTheHeaderOverTheDeclaration() throws Exception {
        // given: Latin-1 bytes, declared UTF-8 in the document, Latin-1 in the header
        byte[] body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>t</title>"
                + "<link>https://x.example/</link><description>d</description><item><title>Pékin</title>"
                + "<link>https://x.example/a</link></item></channel></rss>").getBytes(StandardCharsets.ISO_8859_1);

        // when
        ParsedItems parsed = parser.parse(body, Optional.of(StandardCharsets.ISO_8859_1), BASE);

        // then
        assertThat(parsed.items()).extracting(FeedItem::title).containsExactly("Pékin");
        assertThat(parsed.warnings()).isEmpty();
    }
}
