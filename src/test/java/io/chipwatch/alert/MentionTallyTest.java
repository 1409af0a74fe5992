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

    private static ArticleRef ref(String id, String source) {
        return new ArticleRef(id, "https://" + source + "/" + id, "Title", source, Instant.parse("2025-12-03T12:00:00Z"));
    }
}
