package io.chipwatch.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.chipwatch.article.ArticleRef;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MentionTallyTest {

    @Test
    void shouldAddTheCountsOfTwoSlicesAndMergeTheirOutlets() {
        // given
        MentionTally first = MentionTally.EMPTY.add(ref("a", "reuters.com")).add(ref("b", "lemonde.fr"));
        MentionTally second = MentionTally.EMPTY.add(ref("c", "lemonde.fr")).add(ref("d", "scmp.com"));

        // when
        MentionTally hour = first.plus(second);

        // then
        assertThat(hour.count()).isEqualTo(4);
        assertThat(hour.sources()).containsExactly("reuters.com", "lemonde.fr", "scmp.com");
    }

    @Test
    void shouldKeepTheOutletListBoundedWhenSlicesAreMerged() {
        // given
        MentionTally left = MentionTally.EMPTY;
        MentionTally right = MentionTally.EMPTY;
        for (int i = 0; i < MentionTally.MAX_SOURCES; i++) {
            left = left.add(ref("l" + i, "left" + i + ".example"));
            right = right.add(ref("r" + i, "right" + i + ".example"));
        }

        // when
        MentionTally hour = left.plus(right);

        // then
        assertThat(hour.count()).isEqualTo(2L * MentionTally.MAX_SOURCES);
        assertThat(hour.sources()).hasSize(MentionTally.MAX_SOURCES);
    }

    @Test
    void shouldKeepTheLatestFiveArticlesOfAnHourForAnAlertToCite() {
        // given: an earlier slice of four articles and a later one of three
        MentionTally earlier = MentionTally.EMPTY;
        for (int i = 1; i <= 4; i++) {
            earlier = earlier.add(ref("e" + i, "reuters.com"));
        }
        MentionTally later = MentionTally.EMPTY.add(ref("l1", "scmp.com")).add(ref("l2", "scmp.com"))
                .add(ref("l3", "lemonde.fr"));

        // when
        MentionTally hour = earlier.plus(later);

        // then
        assertThat(hour.count()).isEqualTo(7);
        assertThat(hour.articles()).extracting(ArticleRef::id).containsExactly("e3", "e4", "l1", "l2", "l3");
    }

    private static ArticleRef ref(String id, String source) {
        return new ArticleRef(id, "https://" + source + "/" + id, "Title", source, Instant.parse("2025-12-03T12:00:00Z"));
    }
}
