/**
 * Entity tagging: the watchlist of chips, companies and regulators ({@link io.chipwatch.tag.Watchlist},
 * read from {@code seeds/watchlist.yaml}), the matcher that finds their mentions in English and
 * French text ({@link io.chipwatch.tag.Tagger}), the sentence splitter mentions and signals share
 * ({@link io.chipwatch.tag.Sentences}), the review of watchlist data
 * ({@link io.chipwatch.tag.WatchlistCheck}) and the live reload of an edited watchlist
 * ({@link io.chipwatch.tag.WatchlistSource}). Nothing here knows about Kafka.
 */
package io.chipwatch.tag;
