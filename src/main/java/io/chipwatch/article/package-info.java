/**
 * Articles: the record every stage reads, its stable identity, and the on-disk formats that
 * {@code replay} and {@code tag} read (seed-format text files and JSON Lines).
 */
package io.chipwatch.article;
