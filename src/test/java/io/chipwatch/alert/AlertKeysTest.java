package io.chipwatch.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.chipwatch.article.ArticleRef;
import io.chipwatch.signal.Action;
import io.chipwatch.signal.PolicySignal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertKeysTest {

    private final AlertKeys keys = new AlertKeys(new TestEntities());

    @Test
    void shouldKeyByTheActingGovernmentTheActionAndTheFirstTarget() {
        PolicySignal signal = signal("regulator:us-commerce", Action.EXPORT_RESTRICTION, "chip:nvidia-h20", "company:nvidia");

        assertThat(keys.keyOf(signal)).isEqualTo("regulator:us-government|EXPORT_RESTRICTION|chip:nvidia-h20");
        assertThat(keys.subjectOf(signal)).isEqualTo("regulator:us-government|chip:nvidia-h20");
    }

    @Test
    void shouldKeyASignalWithoutTargetsByTheMarket() {
        PolicySignal signal = signal("regulator:cn-cac", Action.PROCUREMENT_GUIDANCE);

        assertThat(keys.keyOf(signal)).isEqualTo("regulator:cn-government|PROCUREMENT_GUIDANCE|market:cn");
    }

    @Test
    void shouldKeyAnEntityListBatchByTheMarketWhicheverCompanyAnOutletNamesFirst() {
        PolicySignal naming = signal("regulator:us-commerce", Action.ENTITY_LIST, "company:naura", "company:piotech");
        PolicySignal other = signal("regulator:us-government", Action.ENTITY_LIST, "company:piotech");

        assertThat(keys.keyOf(naming)).isEqualTo("regulator:us-government|ENTITY_LIST|market:cn")
                .isEqualTo(keys.keyOf(other));
    }

    private static PolicySignal signal(String actor, Action action, String... targets) {
        return new PolicySignal(actor, action, List.of(targets), false, 0.9, "evidence", 0, 8, "rule",
                new ArticleRef("a1", null, null, "x.com", null));
    }
}
