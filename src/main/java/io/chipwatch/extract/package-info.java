/**
 * Article extraction from HTML pages: {@link io.chipwatch.extract.ArticleExtractor} turns a fetched
 * page into an {@link io.chipwatch.extract.ExtractedArticle} (headline, canonical address, date,
 * language, main body text). Plain Java and jsoup, nothing of Kafka: the fetchers call it per item
 * page, and {@code chipwatch extract} calls it on a file.
 */
package io.chipwatch.extract;
