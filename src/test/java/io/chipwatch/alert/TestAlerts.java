package io.chipwatch.alert;

import io.chipwatch.article.ArticleRef;
import io.chipwatch.signal.Action;
import io.chipwatch.tag.EntityRef;
import io.chipwatch.tag.EntityType;
import java.time.Instant;
import java.util.List;

/** Small alert records for tests. */
public final class TestAlerts {

    private TestAlerts() {
    }

    /** An alert on the Nvidia H20 by the US government, first and last seen on the days given. */
    public static Alert alert(String target, AlertStatus status, String firstSeen, String lastSeen) {
        Instant first = Instant.parse(firstSeen + "T08:00:00Z");
        Instant last = Instant.parse(lastSeen + "T08:00:00Z");
        ArticleRef article = new ArticleRef("a-" + target + "-" + lastSeen, "https://news.example/" + target + "?a=1&b=2",
                "Washington acts on " + target + " <chips>", "news.example", first);
        return new Alert("regulator:us-government|EXPORT_RESTRICTION|" + target, status,
                new EntityRef("regulator:us-government", EntityType.REGULATOR, "US government"),
                Action.EXPORT_RESTRICTION, List.of(target), "US government: export restriction on " + target,
                "The US banned sales of " + target + " to China & Macau.", first, last, 2, 2, List.of(article),
                Severity.HIGH, "en-export-ban");
    }
}
