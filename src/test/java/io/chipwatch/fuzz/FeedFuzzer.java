package io.chipwatch.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.chipwatch.fetch.FeedParser;
import io.chipwatch.fetch.FetchException;
import java.net.URI;
import java.util.Optional;

/** Coverage-guided fuzzing of feed parsing: any body is a feed's items or a {@link FetchException}. */
class FeedFuzzer {

    private static final FeedParser PARSER = new FeedParser(100);

    @FuzzTest(maxDuration = "10s")
    @DictionaryEntries({"<?xml version=\"1.0\"?>", "<rss version=\"2.0\">", "<channel>", "<item>", "<title>", "<link>",
            "<guid>", "<pubDate>", "<description>", "<feed xmlns=\"http://www.w3.org/2005/Atom\">", "<entry>",
            "<updated>", "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">",
            "<content:encoded>", "<![CDATA[", "]]>", "&amp;", "<!DOCTYPE", "encoding=\"ISO-8859-1\""})
    void shouldReturnItemsOrRejectTheBodyAsNotAFeed(byte[] body) {
        try {
            assertThat(PARSER.parse(body, Optional.empty(), URI.create("https://example.org/feed"))).isNotNull();
        } catch (FetchException expected) {
            // the documented outcome for a body that is not a feed
        }
    }
}
