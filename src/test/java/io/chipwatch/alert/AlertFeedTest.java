package io.chipwatch.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertFeedTest {

    private static final Instant NOW = Instant.parse("2025-12-10T12:00:00Z");

    @Test
    void shouldWriteNewestFirstAtomEntriesThatAFeedReaderParses() throws Exception {
        // given
        Alert older = TestAlerts.alert("chip:nvidia-h20", AlertStatus.NEW, "2025-04-15", "2025-04-16");
        Alert newer = TestAlerts.alert("chip:nvidia-h200", AlertStatus.UPDATED, "2025-12-08", "2025-12-09");

        // when
        String xml = new AlertFeed("chipwatch alerts", "http://127.0.0.1/alerts.atom", 10).toXml(List.of(older, newer), NOW);

        // then
        SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getEntries()).extracting(SyndEntry::getTitle).containsExactly(
                "UPDATED US government: export restriction on chip:nvidia-h200",
                "NEW US government: export restriction on chip:nvidia-h20");
        SyndEntry first = feed.getEntries().get(0);
        assertThat(first.getUri()).isEqualTo(
                "urn:chipwatch:alert:regulator:us-government%7CEXPORT_RESTRICTION%7Cchip:nvidia-h200@2025-12-08T08:00:00Z");
        assertThat(first.getUpdatedDate().toInstant()).isEqualTo(newer.lastSeenAt());
        String content = first.getContents().get(0).getValue();
        assertThat(content).contains("The US banned sales of chip:nvidia-h200 to China &amp; Macau.")
                .contains("2 articles from 2 sources")
                .contains("href=\"https://news.example/chip:nvidia-h200?a=1&amp;b=2\"")
                .contains("Washington acts on chip:nvidia-h200 &lt;chips&gt;");
    }

    @Test
    void shouldKeepOnlyTheNewestEntriesWhenBounded() throws Exception {
        // given
        List<Alert> alerts = List.of(
                TestAlerts.alert("chip:a", AlertStatus.NEW, "2025-01-01", "2025-01-01"),
                TestAlerts.alert("chip:b", AlertStatus.NEW, "2025-01-02", "2025-01-03"),
                TestAlerts.alert("chip:c", AlertStatus.NEW, "2025-01-02", "2025-01-02"));

        // when
        String xml = new AlertFeed("t", "http://127.0.0.1/alerts.atom", 2).toXml(alerts, NOW);

        // then
        SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
        assertThat(feed.getEntries()).extracting(SyndEntry::getUri)
                .containsExactly(AlertFeed.entryId(alerts.get(1)), AlertFeed.entryId(alerts.get(2)));
    }

    @Test
    void shouldWriteAValidEmptyFeedUpdatedNow() throws Exception {
        // given / when
        String xml = new AlertFeed("t", "http://127.0.0.1/alerts.atom", 5).toXml(List.of(), NOW);

        // then
        SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
        assertThat(feed.getEntries()).isEmpty();
        assertThat(feed.getPublishedDate().toInstant()).isEqualTo(NOW);
    }
}
