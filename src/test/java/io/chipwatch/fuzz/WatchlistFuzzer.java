package io.chipwatch.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.chipwatch.tag.Watchlist;
import io.chipwatch.tag.WatchlistException;
import java.nio.charset.StandardCharsets;

/** Coverage-guided fuzzing of watchlist loading: a watchlist, or an error that names the file. */
class WatchlistFuzzer {

    @FuzzTest(maxDuration = "10s")
    @DictionaryEntries({"version: 1\\x0A", "entities:\\x0A", "  - id: ", "chip:", "company:", "regulator:", "type: CHIP",
            "type: COMPANY", "type: REGULATOR", "name: ", "aliases:\\x0A", "en: [", "fr: [", "{text: ", "case: CAPITALS}",
            "vendor: ", "family: ", "jurisdiction: ", "government: true", "ignore:\\x0A", "  - ", "&a ", "*a", "!!binary",
            "---\\x0A", "\\x09"})
    void shouldLoadAWatchlistOrNameItsProblem(byte[] yaml) {
        try {
            assertThat(Watchlist.parse("fuzz.yaml", new String(yaml, StandardCharsets.UTF_8)).entities()).isNotNull();
        } catch (WatchlistException expected) {
            assertThat(expected.getMessage()).contains("fuzz.yaml");
        }
    }
}
