package io.chipwatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpmlFeedsTest {

    @TempDir
    Path dir;

    @Test
    void shouldReadTheDefaultSourcesIncludingPagesWithSelectors() throws Exception {
        // when
        List<FeedSource> feeds = OpmlFeeds.read(Path.of("seeds", "feeds.opml"));

        // then
        assertThat(feeds).hasSizeGreaterThanOrEqualTo(12);
        assertThat(feeds).extracting(FeedSource::url).doesNotHaveDuplicates()
                .allMatch(url -> url.startsWith("https://") || url.startsWith("http://"))
                .contains("https://news.google.com/rss/search?q=Nvidia+H20+Chine&hl=fr&gl=FR&ceid=FR:fr");
        assertThat(feeds).filteredOn(FeedSource::isPage).extracting(FeedSource::url)
                .contains("https://www.bis.gov/news-updates", "http://english.mofcom.gov.cn/article/newsrelease/significantnews/");
        assertThat(feeds).filteredOn(f -> f.url().contains("news.google.com")).noneMatch(FeedSource::fetchPages);
    }

    @Test
    void shouldNameTheFileAndOutlineOfABadSelector() throws Exception {
        // given
        Path file = dir.resolve("bad.opml");
        Files.writeString(file, """
                <?xml version="1.0"?>
                <opml version="2.0"><head><title>t</title></head><body>
                  <outline text="Ministry" type="link" url="https://gov.example/news" selector="ul > > a"/>
                </body></opml>
                """);

        // when / then
        assertThatThrownBy(() -> OpmlFeeds.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file + ": outline 'Ministry': bad CSS selector 'ul > > a'");
    }

    @Test
    void shouldRefuseAFileThatIsNotOpml() throws Exception {
        // given
        Path file = dir.resolve("feed.rss");
        Files.writeString(file, "<rss version=\"2.0\"><channel><title>t</title><link>https://x.example/</link>"
                + "<description>d</description></channel></rss>");

        // when / then
        assertThatThrownBy(() -> OpmlFeeds.read(file)).hasMessageContaining("not an OPML file");
    }

    @Test
    void shouldRefuseAFeedThatIsNotHttp() throws Exception {
        // given
        Path file = dir.resolve("local.opml");
        Files.writeString(file, "<opml version=\"2.0\"><head/><body>"
                + "<outline text=\"Local\" type=\"rss\" xmlUrl=\"file:///etc/passwd\"/></body></opml>");

        // when / then
        assertThatThrownBy(() -> OpmlFeeds.read(file)).hasMessageContaining("not an http(s) URL: 'file:///etc/passwd'");
    }
}
