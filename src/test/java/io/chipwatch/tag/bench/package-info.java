/**
 * JMH benchmark of the tagger against Lucene Monitor, a {@code java.util.regex} alternation and an
 * Aho-Corasick library; see {@code docs/benchmarks.md} for the command and the results.
 */
package io.chipwatch.tag.bench;
