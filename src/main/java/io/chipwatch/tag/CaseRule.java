package io.chipwatch.tag;

/**
 * How strictly an alias's letter case must be followed. Matching is case-insensitive by default;
 * the stricter rules tell a name from the ordinary word it is spelled like ("Ascend" the chip,
 * "ascend" the verb; "BIS" the bureau, "bis" in a French street number).
 */
public enum CaseRule {
    /** Any case: "nvidia", "NVIDIA" and "Nvidia" are the same. */
    ANY,
    /** Every capital in the alias must be a capital in the text ("Ascend" matches "ASCEND", not "ascend"). */
    CAPITALS,
    /** Every letter exactly as written ("Xi" matches "Xi", not "XI" nor "xi"). */
    EXACT
}
