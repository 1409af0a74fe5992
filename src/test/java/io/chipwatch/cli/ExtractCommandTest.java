package io.chipwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chipwatch.kafka.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractCommandTest {

    private static final Path PAGE = Path.of("src/test/resources/extract/lemonde-renseignement/page.html");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void shouldPrintTheArticleAsOneJsonObject() throws Exception {
        // given a saved Le Monde page
        // when
        int exit = run("extract", "--url", "https://www.lemonde.fr/some/path.html", PAGE.toString());

        // then
        assertThat(exit).isZero();
        assertThat(out.toString().strip().lines()).hasSize(1);
        JsonNode article = Json.MAPPER.readTree(out.toString());
        assertThat(article.fieldNames()).toIterable()
                .containsExactly("url", "canonicalUrl", "title", "published", "language", "text");
        assertThat(article.get("url").asText()).isEqualTo("https://www.lemonde.fr/some/path.html");
        assertThat(article.get("canonicalUrl").asText()).endsWith("que-contient-la-loi-sur-le-renseignement_4627068_4408996.html");
        assertThat(article.get("published").asText()).isEqualTo("2015-05-04T11:36:31Z");
        assertThat(article.get("language").asText()).isEqualTo("fr");
        assertThat(article.get("text").asText()).startsWith("Les députés ont, sans surprise, adopté");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void shouldDefaultTheUrlToTheFileAddress() throws Exception {
        // given / when
        int exit = run("extract", PAGE.toString());

        // then
        assertThat(exit).isZero();
        assertThat(Json.MAPPER.readTree(out.toString()).get("url").asText())
                .startsWith("file:/").endsWith("lemonde-renseignement/page.html");
    }

    @Test
    void shouldWriteNullForFactsThePageDoesNotState(@TempDir Path folder) throws Exception {
        // given a page with no date, no language and no title
        Path page = Files.writeString(folder.resolve("bare.html"), "<p>Just one paragraph of text.</p>");

        // when
        run("extract", "--url", "https://news.example/bare", page.toString());

        // then the keys are there, with null where nothing was found
        JsonNode article = Json.MAPPER.readTree(out.toString());
        assertThat(article.get("published").isNull()).isTrue();
        assertThat(article.get("language").isNull()).isTrue();
        assertThat(article.get("title").isNull()).isTrue();
        assertThat(article.get("canonicalUrl").asText()).isEqualTo("https://news.example/bare");
        assertThat(article.get("text").asText()).isEqualTo("Just one paragraph of text.");
    }

    @Test
    void shouldExitWithUsageErrorOnAMissingFile() {
        // given / when
        int exit = run("extract", "no/such/page.html");

        // then
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("chipwatch: no such file: no/such/page.html" + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void shouldExitWithUsageErrorWithoutAFile() {
        // given / when
        int exit = run("extract");

        // then
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().lines()).hasSize(1);
    }
}
