/**
 * Micrometer metrics and the HTTP endpoint that serves /metrics and /health.
 */
package io.chipwatch.metrics;
