package io.chipwatch.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Static checks of the Grafana dashboards; PrometheusDashboardsIT runs their queries. */
class DashboardsTest {

    private static final Pattern INSTANCE_MATCHER = Pattern.compile("instance\\s*(=~|!~|!=|=)\\s*\"([^\"]*)\"");
    private static final Pattern HOST_PORT = Pattern.compile("(localhost|\\d{1,3}(\\.\\d{1,3}){3}|[a-z][a-z0-9-]*):\\d{2,5}\\b");

    @Test
    void shouldProvisionTheThreeBoards() {
        // when
        List<String> titles = Dashboards.files().stream().map(f -> Dashboards.read(f).path("title").asText()).toList();

        // then
        assertThat(titles).containsExactlyInAnyOrder("chipwatch — overview", "chipwatch — policy signals",
                "chipwatch — feeds");
    }

    @Test
    void shouldGiveEveryPanelAnIdUniqueInItsBoardAndEveryBoardAUniqueUid() {
        Set<String> uids = new HashSet<>();
        for (Path file : Dashboards.files()) {
            // given
            JsonNode dashboard = Dashboards.read(file);

            // when
            List<Integer> ids = Dashboards.panels(dashboard).stream().map(p -> p.path("id").asInt(-1)).toList();

            // then
            assertThat(ids).as(file + " panel ids").doesNotContain(-1).doesNotHaveDuplicates();
            assertThat(uids.add(dashboard.path("uid").asText())).as(file + " uid is unique").isTrue();
        }
    }

    @Test
    void shouldReadEveryQueryFromTheDatasourceVariable() {
        for (Path file : Dashboards.files()) {
            // given
            JsonNode dashboard = Dashboards.read(file);

            // then
            assertThat(dashboard.path("templating").path("list")).as(file + " has a datasource variable")
                    .anySatisfy(v -> {
                        assertThat(v.path("name").asText()).isEqualTo("datasource");
                        assertThat(v.path("type").asText()).isEqualTo("datasource");
                        assertThat(v.path("query").asText()).isEqualTo("prometheus");
                    });
            for (JsonNode panel : Dashboards.panels(dashboard)) {
                if (panel.path("type").asText().equals("row")) {
                    continue;
                }
                String where = file + " panel " + panel.path("title").asText();
                assertThat(panel.path("datasource").path("uid").asText()).as(where).isEqualTo("${datasource}");
                assertThat(panel.path("targets")).as(where + " targets").isNotEmpty()
                        .allSatisfy(t -> assertThat(t.path("datasource").path("uid").asText()).isEqualTo("${datasource}"));
            }
            for (JsonNode annotation : dashboard.path("annotations").path("list")) {
                if (annotation.has("expr")) {
                    assertThat(annotation.path("datasource").path("uid").asText()).isEqualTo("${datasource}");
                }
            }
        }
    }

    @Test
    void shouldSelectInstancesOnlyThroughTheInstanceVariable() {
        for (Dashboards.Query query : Dashboards.queries()) {
            // when
            Matcher m = INSTANCE_MATCHER.matcher(query.expr());

            // then
            while (m.find()) {
                assertThat(m.group(2)).as(query.panel() + ": " + query.expr()).isEqualTo("$instance");
            }
            assertThat(HOST_PORT.matcher(query.expr()).find()).as(query.panel() + " names no host").isFalse();
        }
    }

    @Test
    void shouldFilterEveryChipwatchQueryByTheChosenInstances() {
        for (Dashboards.Query query : Dashboards.queries()) {
            if (query.panel().startsWith("variable ")) {
                continue;
            }
            assertThat(query.expr()).as(query.panel()).contains("instance=~\"$instance\"");
        }
    }

    @Test
    void shouldDescribeEveryPanelSoTheReadmeTableCanSayWhatItAnswers() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        for (Path file : Dashboards.files()) {
            for (JsonNode panel : Dashboards.panels(Dashboards.read(file))) {
                if (panel.path("type").asText().equals("row")) {
                    continue;
                }
                String title = panel.path("title").asText();
                assertThat(panel.path("description").asText()).as(file + " " + title).isNotBlank();
                assertThat(readme).as("README lists the panel " + title).contains("| " + title + " |");
            }
        }
    }
}
