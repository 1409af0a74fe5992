package io.chipwatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import io.chipwatch.kafka.Topics;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedStateTest {

    @Test
    void shouldRememberTheNewestIdsUpToItsBound() {
        // given
        FeedState state = FeedState.NEW.remembering(List.of("c", "b", "a"), 4);

        // when
        FeedState next = state.remembering(List.of("e", "d", "c"), 4);

        // then
        assertThat(next.seenIds()).containsExactly("e", "d", "c", "b");
    }

    @Test
    void shouldKeepTheNewerStateWhenARegistryCopyComesBack() {
        // given
        FeedSource declared = FeedSource.feed("https://www.commerce.gov/feeds/news");
        FeedRecord polled = FeedRecord.of(declared).withState(
                FeedState.NEW.withHealth(FeedHealth.NEW.succeeded(Instant.parse("2025-12-10T08:00:00Z"), 3, null, null),
                        Instant.parse("2025-12-10T08:00:00Z")));
        FeedRecord redeclared = FeedRecord.of(new FeedSource(declared.url(), "Commerce", null, false));

        // when
        FeedRecord merged = polled.mergedWith(redeclared);

        // then
        assertThat(merged.source().title()).isEqualTo("Commerce");
        assertThat(merged.source().fetchPages()).isFalse();
        assertThat(merged.state().health().itemsSeen()).isEqualTo(3);
    }

    @Test
    void shouldRoundTripThroughTheRegistryTopicAsJson() {
        // given
        FeedRecord record = FeedRecord.of(FeedSource.page("https://www.bis.gov/news-updates", "main a"))
                .withState(new FeedState("\"abc\"", "Tue, 09 Dec 2025 16:00:00 GMT", List.of("id1"),
                        new FeedHealth(null, Instant.parse("2025-12-10T08:00:00Z"), "HTTP 503", 2, 7, null,
                                Instant.parse("2025-12-10T08:04:00Z")), Instant.parse("2025-12-10T08:00:00Z")));

        // when
        byte[] json = Topics.FEEDS.valueSerde().serializer().serialize(Topics.FEEDS.name(), record);
        FeedRecord back = Topics.FEEDS.valueSerde().deserializer().deserialize(Topics.FEEDS.name(), json);

        // then
        assertThat(back).isEqualTo(record);
        assertThat(new String(json, java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"linkSelector\":\"main a\"", "\"lastError\":\"HTTP 503\"").doesNotContain("\"page\"");
    }
}
