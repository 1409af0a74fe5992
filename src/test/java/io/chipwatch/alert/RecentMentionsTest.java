package io.chipwatch.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.chipwatch.article.ArticleRef;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecentMentionsTest {

    private static final Instant NOON = Instant.parse("2025-12-03T12:00:00Z");

    @Test
    void shouldKeepTheLatestFiveMentionsOnly() {
        // given
        RecentMentions recent = RecentMentions.NONE;

        // when
        for (int i = 0; i < 8; i++) {
            recent = recent.with(NOON.plus(Duration.ofMinutes(i)).toEpochMilli(), ref("a" + i));
        }

        // then
        assertThat(recent.between(NOON, NOON.plus(Duration.ofHours(1))))
                .extracting(ArticleRef::id).containsExactly("a3", "a4", "a5", "a6", "a7");
    }

    @Test
    void shouldCiteOnlyTheMentionsInsideTheWindow() {
        // given: one mention before the window, two inside, one at its exclusive end
        RecentMentions recent = RecentMentions.NONE
                .with(NOON.minusSeconds(1).toEpochMilli(), ref("before"))
                .with(NOON.toEpochMilli(), ref("first"))
                .with(NOON.plus(Duration.ofMinutes(59)).toEpochMilli(), ref("last"))
                .with(NOON.plus(Duration.ofHours(1)).toEpochMilli(), ref("after"));

        // when
        var cited = recent.between(NOON, NOON.plus(Duration.ofHours(1)));

        // then
        assertThat(cited).extracting(ArticleRef::id).containsExactly("first", "last");
    }

    private static ArticleRef ref(String id) {
        return new ArticleRef(id, "https://example.org/" + id, "Title " + id, "example.org", NOON);
    }
}
