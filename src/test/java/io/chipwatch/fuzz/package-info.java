/**
 * Bounded fuzzing of the parsers that read what strangers write: feeds, pages, watchlists and
 * article text. Each run mutates real fixtures with a logged seed; a failure names the seed and
 * the input, and becomes a regression test in the parser's own test class.
 */
package io.chipwatch.fuzz;
