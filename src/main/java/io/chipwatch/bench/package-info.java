/**
 * Load for measuring and proving the pipeline: {@link io.chipwatch.bench.ArticleStream} makes a
 * realistic, repeatable article stream from the seed texts and the watchlist; {@code chipwatch
 * bench} pushes it through the real topology and reports throughput and latency.
 */
package io.chipwatch.bench;
