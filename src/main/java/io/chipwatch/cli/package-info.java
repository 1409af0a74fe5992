/**
 * The command line: one picocli command per verb, and the configuration they share.
 */
package io.chipwatch.cli;
