package io.chipwatch.tag;

/** The three kinds of thing the watchlist knows. The names are part of the output contract. */
public enum EntityType {
    CHIP, COMPANY, REGULATOR
}
