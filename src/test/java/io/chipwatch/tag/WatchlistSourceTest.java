package io.chipwatch.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchlistSourceTest {

    private static String watchlist(String alias) {
        return """
                entities:
                  - id: company:nvidia
                    type: COMPANY
                    name: Nvidia
                    aliases:
                      any: [%s]
                """.formatted(alias);
    }

    @Test
    void shouldSwapTheTaggerWhenTheFileChanges(@TempDir Path dir) throws Exception {
        // given
        Path file = dir.resolve("watchlist.yaml");
        Files.writeString(file, watchlist("Nvidia"), StandardCharsets.UTF_8);
        WatchlistSource source = WatchlistSource.open(file);
        List<Tagger> seen = new ArrayList<>();
        source.onChange(seen::add);
        Tagger before = source.tagger();

        // when
        Files.writeString(file, watchlist("Nvidia, NVDA"), StandardCharsets.UTF_8);
        boolean reloaded = source.reloadIfChanged();

        // then
        assertThat(reloaded).isTrue();
        assertThat(before.mentionsIn("NVDA fell")).isEmpty();
        assertThat(source.tagger().mentionsIn("NVDA fell")).extracting(Mention::entity).containsExactly("company:nvidia");
        assertThat(seen).containsExactly(source.tagger());
        assertThat(source.reloadIfChanged()).isFalse();
    }

    @Test
    void shouldKeepTheCurrentWatchlistWhenAnEditIsBad(@TempDir Path dir) throws Exception {
        // given
        Path file = dir.resolve("watchlist.yaml");
        Files.writeString(file, watchlist("Nvidia"), StandardCharsets.UTF_8);
        WatchlistSource source = WatchlistSource.open(file);
        Tagger before = source.tagger();

        // when
        Files.writeString(file, "entities:\n  - id: Nvidia\n", StandardCharsets.UTF_8);
        boolean reloaded = source.reloadIfChanged();

        // then
        assertThat(reloaded).isFalse();
        assertThat(source.tagger()).isSameAs(before);
    }

    @Test
    void shouldApplyWatchlistTextFromAnotherSource() {
        // given
        WatchlistSource source = WatchlistSource.of(Watchlist.parse("initial", watchlist("Nvidia")));

        // when
        boolean applied = source.apply("chipwatch.watchlist@3", watchlist("Nvidia, Nvidia Corp"));

        // then
        assertThat(applied).isTrue();
        assertThat(source.tagger().mentionsIn("Nvidia Corp rose")).extracting(Mention::surface)
                .containsExactly("Nvidia Corp");
    }
}
