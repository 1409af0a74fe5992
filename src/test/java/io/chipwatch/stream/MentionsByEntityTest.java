package io.chipwatch.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MentionsByEntityTest {

    private static final Instant RECEIVED = Instant.parse("2025-12-03T10:00:00Z");

    @Test
    void shouldStampAnArticleWithItsPublicationTime() {
        Instant published = RECEIVED.minus(Duration.ofHours(3));

        assertThat(MentionsByEntity.eventTime(published, RECEIVED.toEpochMilli())).isEqualTo(published.toEpochMilli());
    }

    @Test
    void shouldStampAnArticleDatedAheadWithItsReceiptSoTheBrokerAcceptsTheRecord() {
        // a feed in the wrong time zone: five hours ahead, beyond the broker's one-hour tolerance
        Instant published = RECEIVED.plus(Duration.ofHours(5));

        assertThat(MentionsByEntity.eventTime(published, RECEIVED.toEpochMilli())).isEqualTo(RECEIVED.toEpochMilli());
        assertThat(MentionsByEntity.MAX_AHEAD).isLessThan(Duration.ofHours(1));
    }

    @Test
    void shouldStampAnUndatedArticleWithItsReceipt() {
        assertThat(MentionsByEntity.eventTime(null, RECEIVED.toEpochMilli())).isEqualTo(RECEIVED.toEpochMilli());
    }
}
