/**
 * Entity tagging: the watchlist of chips, companies and regulators, and the matcher that finds their mentions in text.
 */
package io.chipwatch.tag;
