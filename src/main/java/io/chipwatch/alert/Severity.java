package io.chipwatch.alert;

/** How much an alert deserves a person's attention now. */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL
}
