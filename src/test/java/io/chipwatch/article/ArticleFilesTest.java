package io.chipwatch.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleFilesTest {

    @Test
    void shouldReadTheFiveSeedArticlesWithTheirHeaders() throws Exception {
        // when
        List<Article> seeds = ArticleFiles.readAll(Path.of("seeds/articles"));

        // then
        assertThat(seeds).hasSize(5);
        Article first = seeds.get(0);
        assertThat(first.id()).isEqualTo("000_6b86d1540d988efe");
        assertThat(first.published()).isEqualTo(Instant.parse("2025-08-13T00:00:00Z"));
        assertThat(first.language()).isEqualTo("fr");
        assertThat(first.text()).startsWith("Xuan proposera").doesNotContain("source:");
        assertThat(seeds).extracting(Article::id).doesNotHaveDuplicates();
    }

    @Test
    void shouldTreatAFileWithoutHeaderAsAllBody() {
        Article article = SeedFormat.parse("x.txt", "Washington: the Commerce Department banned exports.\n");

        assertThat(article.text()).isEqualTo("Washington: the Commerce Department banned exports.\n");
        assertThat(article.title()).isNull();
    }

    @Test
    void shouldNameTheFileAndLineOfABadHeader() {
        assertThatThrownBy(() -> SeedFormat.parse("a.txt", "title: T\npublished: last week\n\nbody"))
                .hasMessageContaining("a.txt").hasMessageContaining("last week");
        assertThatThrownBy(() -> SeedFormat.parse("b.txt", "title: T\nauthor: X\n\nbody"))
                .hasMessageContaining("b.txt:2");
    }

    @Test
    void shouldReadJsonLinesWithOnlyTextRequired() {
        Article minimal = ArticleFiles.parseJsonLine("in:1", "{\"text\":\"Beijing ordered firms to stop buying H20.\"}");
        Article full = ArticleFiles.parseJsonLine("in:2", "{\"url\":\"https://ex.org/a?utm_source=x\",\"text\":\"t\","
                + "\"published\":\"2025-08-12T10:00:00+02:00\",\"source\":\"ex.org\"}");

        assertThat(minimal.id()).hasSize(32);
        assertThat(full.id()).isEqualTo(ArticleIds.forUrl("https://ex.org/a"));
        assertThat(full.published()).isEqualTo(Instant.parse("2025-08-12T08:00:00Z"));
        assertThatThrownBy(() -> ArticleFiles.parseJsonLine("in:3", "{\"title\":\"no text\"}"))
                .hasMessageContaining("in:3").hasMessageContaining("text");
        assertThatThrownBy(() -> ArticleFiles.parseJsonLine("in:4", "[1,2]")).hasMessageContaining("in:4");
    }

    @Test
    void shouldGiveTheSameIdToUrlsThatDifferOnlyByTrackingAndFragment() {
        String a = ArticleIds.forUrl("https://WWW.Example.org:443/news/h20?utm_source=rss&id=7#top");
        String b = ArticleIds.forUrl("https://www.example.org/news/h20?id=7&fbclid=abc");
        String c = ArticleIds.forUrl("https://www.example.org/news/h200?id=7");

        assertThat(a).isEqualTo(b).isNotEqualTo(c);
    }

    @Test
    void shouldReportEachBadLineAndReadTheRest(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // given
        Path file = dir.resolve("mixed.jsonl");
        java.nio.file.Files.writeString(file, String.join("\n",
                "{\"id\":\"a\",\"text\":\"first\"}",
                "{\"id\":\"b\",\"text\": oops",
                "",
                "{\"id\":\"c\",\"title\":\"no text\"}",
                "{\"id\":\"d\",\"text\":\"last\",\"published\":\"2025-13-45\"}",
                "{\"id\":\"e\",\"text\":\"fine\"}"));
        List<Article> read = new java.util.ArrayList<>();
        List<String> bad = new java.util.ArrayList<>();

        // when
        ArticleFiles.read(file, read::add, e -> bad.add(e.getMessage()));

        // then
        assertThat(read).extracting(Article::id).containsExactly("a", "e");
        assertThat(bad).hasSize(3);
        assertThat(bad.get(0)).contains("mixed.jsonl:2").contains("not JSON");
        assertThat(bad.get(1)).contains("mixed.jsonl:4").contains("text");
        assertThat(bad.get(2)).contains("mixed.jsonl:5").contains("2025-13-45");
    }
}
