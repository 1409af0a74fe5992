/**
 * Micrometer metrics and the HTTP endpoint that serves them.
 *
 * <p>{@link io.chipwatch.metrics.ChipwatchMetrics} is one process's Prometheus registry and the
 * observers the stages report to ({@link io.chipwatch.stream.PipelineObserver},
 * {@link io.chipwatch.fetch.PollObserver}); {@link io.chipwatch.metrics.MeterNames} lists every
 * meter; {@link io.chipwatch.metrics.MetricsServer} serves {@code /metrics} and {@code /health}
 * on the JDK's HTTP server. The stages themselves know nothing of Micrometer.
 */
package io.chipwatch.metrics;
