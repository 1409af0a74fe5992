package io.chipwatch.tag;

import static org.assertj.core.api.Assertions.assertThat;

import io.chipwatch.tag.WatchlistCheck.Finding;
import io.chipwatch.tag.WatchlistCheck.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class WatchlistCheckTest {

    @Test
    void shouldReportCollisionsAsErrorsAndUnguardedLookAlikesAsWarnings() {
        // given
        Watchlist watchlist = Watchlist.load(Path.of("src/test/resources/tag/bad/collision.yaml"));

        // when
        List<Finding> findings = WatchlistCheck.check(watchlist);

        // then
        assertThat(findings).extracting(Finding::severity, f -> f.message().substring(0, f.message().indexOf(')') + 1))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Severity.ERROR, "'commerce-department' (regulator:cn-mofcom)"),
                        org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "'Treasury' (regulator:cn-mofcom)"),
                        org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "'910' (regulator:cn-mofcom)"));
    }
}
