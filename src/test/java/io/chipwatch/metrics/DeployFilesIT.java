package io.chipwatch.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The deployment files as their own tools read them: {@code promtool} for the Prometheus
 * configuration and rules, {@code docker-compose config} for the compose file (no Docker engine
 * needed). CI installs both (see {@code .ci/run}).
 */
class DeployFilesIT {

    @Test
    void shouldPassPromtoolsRuleCheck() throws Exception {
        // when
        Result result = run("/usr/bin/promtool", "check", "rules", "deploy/prometheus/alerts.yml");

        // then
        assertThat(result.code()).as(result.output()).isZero();
        assertThat(result.output()).contains("SUCCESS: 7 rules found");
    }

    @Test
    void shouldPassPromtoolsConfigCheckWithItsRuleFile() throws Exception {
        // when
        Result result = run("/usr/bin/promtool", "check", "config", "deploy/prometheus/prometheus.yml");

        // then
        assertThat(result.code()).as(result.output()).isZero();
        assertThat(result.output()).contains("SUCCESS: 1 rule files found");
    }

    @Test
    void shouldBeAcceptedByDockerCompose() throws Exception {
        // when
        Result result = run("/usr/bin/docker-compose", "-f", "docker-compose.yml", "config", "--services");

        // then
        assertThat(result.code()).as(result.output()).isZero();
        assertThat(result.output().lines().toList())
                .containsExactlyInAnyOrder("kafka", "topics", "chipwatch", "prometheus", "grafana");
    }

    @Test
    void shouldMountTheFilesTheComposeStackNeeds() {
        // then
        assertThat(Path.of("Dockerfile")).isRegularFile();
        assertThat(Path.of("deploy/grafana/provisioning/datasources/prometheus.yml")).isRegularFile();
        assertThat(Path.of("deploy/grafana/provisioning/dashboards/chipwatch.yml")).isRegularFile();
        assertThat(Dashboards.files()).hasSize(3);
    }

    private record Result(int code, String output) {
    }

    private static Result run(String... command) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of(command[0])), command[0] + " is not installed; skipping");
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in 60 s");
        }
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
