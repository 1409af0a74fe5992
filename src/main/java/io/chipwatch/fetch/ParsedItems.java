package io.chipwatch.fetch;

import java.util.List;

/**
 * The items read from one document, with what was wrong but not fatal about it (items without a
 * link, malformed characters replaced, items beyond the per-poll cap).
 */
public record ParsedItems(List<FeedItem> items, List<String> warnings) {

    public ParsedItems {
        items = List.copyOf(items);
        warnings = List.copyOf(warnings);
    }

    /** The warnings as one line, or null. */
    public String warning() {
        return warnings.isEmpty() ? null : String.join("; ", warnings);
    }
}
