package io.chipwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chipwatch.kafka.Json;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class TagCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void shouldPrintOneJsonObjectPerSeedArticle() throws Exception {
        // given
        String[] args = {"tag", "--json", "seeds/articles"};

        // when
        int exit = run(args);

        // then
        assertThat(exit).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(5);
        JsonNode first = Json.MAPPER.readTree(lines.get(0));
        assertThat(first.get("id").asText()).isEqualTo("000_6b86d1540d988efe");
        JsonNode mention = first.get("mentions").get(0);
        assertThat(mention.get("entity").asText()).isEqualTo("regulator:us-white-house");
        assertThat(mention.get("surface").asText()).isEqualTo("Trump");
        assertThat(mention.get("start").asInt()).isEqualTo(192);
        assertThat(mention.get("end").asInt()).isEqualTo(197);
        assertThat(mention.has("sentence")).isTrue();
    }

    @Test
    void shouldTagJsonLinesFromStandardInput() {
        // given
        String jsonl = "{\"id\":\"a1\",\"text\":\"Le CAC a convoqué Nvidia au sujet du H20.\"}\n"
                + "{\"id\":\"a2\",\"text\":\"Le CAC 40 a reculé.\"}\n";
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)));

        // when
        int exit;
        try {
            exit = run("tag", "--json", "-");
        } finally {
            System.setIn(stdin);
        }

        // then
        assertThat(exit).isZero();
        assertThat(out.toString().lines().toList()).containsExactly(
                "{\"id\":\"a1\",\"mentions\":["
                        + "{\"entity\":\"regulator:cn-cac\",\"type\":\"REGULATOR\",\"name\":\"Cyberspace Administration of China\",\"surface\":\"CAC\",\"start\":3,\"end\":6,\"sentence\":0},"
                        + "{\"entity\":\"company:nvidia\",\"type\":\"COMPANY\",\"name\":\"Nvidia\",\"surface\":\"Nvidia\",\"start\":18,\"end\":24,\"sentence\":0},"
                        + "{\"entity\":\"chip:nvidia-h20\",\"type\":\"CHIP\",\"name\":\"Nvidia H20\",\"surface\":\"H20\",\"start\":37,\"end\":40,\"sentence\":0}],"
                        + "\"signals\":[{\"actor\":\"regulator:cn-cac\",\"action\":\"SECURITY_REVIEW\","
                        + "\"targets\":[\"chip:nvidia-h20\",\"company:nvidia\"],\"background\":false,\"confidence\":0.9,"
                        + "\"evidence\":\"Le CAC a convoqué Nvidia au sujet du H20.\",\"start\":0,\"end\":41,"
                        + "\"rule\":\"fr-security-review\"}]}",
                "{\"id\":\"a2\",\"mentions\":[],\"signals\":[]}");
    }

    @Test
    void shouldPrintAReadableTableWithoutJson() {
        // given / when
        int exit = run("tag", "seeds/articles/002_ff60807cd17b2c10.txt");

        // then
        assertThat(exit).isZero();
        assertThat(out.toString()).startsWith("== 002_ff60807cd17b2c10  Trump autorise Nvidia")
                .contains("CHIP      chip:nvidia-h200");
    }

    @Test
    void shouldListEachSeedArticleSignalWithTheRuleThatFired() throws Exception {
        // given
        String[] args = {"tag", "--json", "seeds/articles"};

        // when
        int exit = run(args);

        // then
        assertThat(exit).isZero();
        List<JsonNode> signals = new java.util.ArrayList<>();
        for (String line : out.toString().lines().toList()) {
            Json.MAPPER.readTree(line).get("signals").forEach(signals::add);
        }
        assertThat(signals).isNotEmpty().allSatisfy(s -> {
            assertThat(s.get("rule").asText()).isNotBlank();
            assertThat(s.get("actor").asText()).startsWith("regulator:");
            assertThat(s.has("evidence") && s.has("start") && s.has("end") && s.has("background")).isTrue();
            assertThat(s.has("article")).isFalse();
        });
        assertThat(signals).extracting(s -> s.get("action").asText()).contains("PROCUREMENT_GUIDANCE");
    }

    @Test
    void shouldShowSignalsInTheReadableOutput() {
        // given
        String[] args = {"tag", "seeds/articles/002_ff60807cd17b2c10.txt"};

        // when
        int exit = run(args);

        // then
        assertThat(exit).isZero();
        assertThat(out.toString()).containsPattern("signal regulator:\\S+ [A-Z_]+ -> .*rule \\S+");
    }

    @Test
    void shouldExitWithUsageErrorForAMissingRulesFile() {
        // given / when
        int exit = run("tag", "--signal-rules", "no/such/rules.yaml", "seeds/articles");

        // then
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("no such signal rules file: no/such/rules.yaml");
    }

    @Test
    void shouldExitWithUsageErrorForAMissingFile() {
        // given / when
        int exit = run("tag", "no/such/file.txt");

        // then
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("no such file or folder: no/such/file.txt");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void shouldPassTheSeedWatchlistCheck() {
        // given / when
        int exit = run("watchlist", "check");

        // then
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("0 errors, 0 warnings");
    }

    @Test
    void shouldFailTheCheckOnCollisionsAndNameTheLineOfBadData() {
        // given / when
        int collisions = run("watchlist", "check", "--file", "src/test/resources/tag/bad/collision.yaml");
        int broken = run("watchlist", "check", "--file", "src/test/resources/tag/bad/unknown-type.yaml");

        // then
        assertThat(collisions).isEqualTo(1);
        assertThat(out.toString()).contains("ERROR: 'commerce-department' (regulator:cn-mofcom) and 'Commerce Department'");
        assertThat(broken).isEqualTo(1);
        assertThat(err.toString()).contains("unknown-type.yaml:7: type 'GPU'");
    }
}
