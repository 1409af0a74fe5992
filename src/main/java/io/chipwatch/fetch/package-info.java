/**
 * Feed ingestion: the feed registry, polite HTTP fetching and feed parsing.
 */
package io.chipwatch.fetch;
