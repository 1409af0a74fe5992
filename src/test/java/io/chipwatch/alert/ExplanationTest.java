package io.chipwatch.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.chipwatch.article.ArticleRef;
import io.chipwatch.signal.Action;
import io.chipwatch.signal.PolicySignal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExplanationTest {

    private static final AlertKeys KEYS = new AlertKeys(new TestEntities());
    private static final String KEY = "regulator:us-government|EXPORT_RESTRICTION|chip:nvidia-h20";

    @Test
    void shouldGroupTheSignalsOfTheKeyByArticleEarliestFirst() {
        // given
        ArticleRef late = new ArticleRef("a2", "https://ft.example/2", "Later story", "ft.example",
                Instant.parse("2025-04-16T00:00:00Z"));
        ArticleRef early = new ArticleRef("a1", "https://reuters.example/1", "First story", "reuters.example",
                Instant.parse("2025-04-15T00:00:00Z"));
        PolicySignal lateBan = ban("regulator:us-commerce", "chip:nvidia-h20", 50, late);
        PolicySignal earlyBanSecond = ban("regulator:us-commerce", "chip:nvidia-h20", 90, early);
        PolicySignal earlyBanFirst = ban("regulator:us-government", "chip:nvidia-h20", 10, early);
        PolicySignal otherTarget = ban("regulator:us-commerce", "chip:nvidia-h200", 10, early);

        // when
        Explanation e = Explanation.of(KEY, null,
                List.of(lateBan, earlyBanSecond, otherTarget, earlyBanFirst, earlyBanFirst), KEYS);

        // then
        assertThat(e.isEmpty()).isFalse();
        assertThat(e.articles()).extracting(a -> a.article().id()).containsExactly("a1", "a2");
        assertThat(e.articles().get(0).signals()).containsExactly(earlyBanFirst, earlyBanSecond);
        assertThat(e.articles().get(1).signals()).containsExactly(lateBan);
    }

    @Test
    void shouldBeEmptyWhenNothingIsKnownOfTheKey() {
        // given / when
        Explanation e = Explanation.of("regulator:nobody|OTHER|chip:x", null, List.of(), KEYS);

        // then
        assertThat(e.isEmpty()).isTrue();
    }

    private static PolicySignal ban(String actor, String target, int start, ArticleRef article) {
        return new PolicySignal(actor, Action.EXPORT_RESTRICTION, List.of(target), false, 0.9,
                "ban sentence at " + start, start, start + 20, "en-export-ban", article);
    }
}
