/**
 * Bounded fuzzing of the parsers that read what strangers write: feeds, pages, watchlists and
 * article text. The {@code *Fuzzer} classes are Jazzer fuzz tests, coverage-guided, each run in a
 * JVM of its own by the surefire execution {@code fuzz}; a finding is saved as a regression input
 * under {@code src/test/resources/io/chipwatch/fuzz/}. {@link ParserFuzzTest} mutates real
 * fixtures with a logged seed; a failure names the seed and the input, and becomes a regression
 * test in the parser's own test class.
 */
package io.chipwatch.fuzz;
