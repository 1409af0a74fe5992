package io.chipwatch.tag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the watchlist's entities in text. Built once from a {@link Watchlist}; immutable and
 * safe to share between threads.
 *
 * <p>Matching is case- and accent-insensitive and word-bounded: a match starts and ends at a word
 * boundary, so "Intel" is not found in "intelligence" nor "H20" in "H200". At each word start the
 * longest alias wins, then scanning resumes after it, so mentions never overlap. Ignore phrases
 * ("CAC 40") win like aliases but produce nothing, which is how a look-alike is told from a name.
 * An alias with {@code requires} counts only if the document also names one of the required
 * entities through an unconditional alias ("910C" after "Huawei").
 *
 * <p>The scan reads each character once or twice through lookup tables and allocates nothing per
 * character, which keeps tagging far cheaper than fetching or parsing an article.
 */
public final class Tagger {

    private static final int MAX_CANDIDATES = 32;

    private final Watchlist watchlist;
    private final Entity[] entities;
    private final AliasEntry[] entries;
    private final AliasTrie trie;

    public Tagger(Watchlist watchlist) {
        this.watchlist = watchlist;
        this.entities = watchlist.entities().toArray(new Entity[0]);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < entities.length; i++) {
            index.put(entities[i].id(), i);
        }
        List<AliasEntry> all = new ArrayList<>();
        AliasTrie.Builder builder = new AliasTrie.Builder();
        // Ignore phrases go in first so that, on a key both carry, the explicit "not this" wins.
        for (String phrase : watchlist.ignore()) {
            int payload = all.size();
            all.add(new AliasEntry(AliasEntry.IGNORE, CaseRule.ANY, new boolean[0], null, false));
            for (String key : AliasVariants.keys(phrase, false)) {
                builder.add(key, payload);
            }
        }
        for (int e = 0; e < entities.length; e++) {
            for (Alias alias : entities[e].aliases()) {
                int payload = all.size();
                all.add(AliasEntry.of(alias, e, entities, index));
                for (String key : AliasVariants.keys(alias.text(), entities[e].type() == EntityType.CHIP)) {
                    builder.add(key, payload);
                }
            }
        }
        this.entries = all.toArray(new AliasEntry[0]);
        this.trie = builder.build();
    }

    public Watchlist watchlist() {
        return watchlist;
    }

    /**
     * Every mention in {@code text}, sorted by offset, non-overlapping; {@code surface} is
     * {@code text.substring(start, end)} and {@code sentence} the index of its sentence as
     * {@link Sentences#split} cuts them.
     */
    public List<Mention> mentionsIn(String text) {
        int[] found = scan(text);
        int count = found[0];
        if (count == 0) {
            return List.of();
        }
        BitSet named = null;
        for (int m = 0; m < count; m++) {
            AliasEntry entry = entries[found[3 * m + 3]];
            if (entry.conditional()) {
                named = named != null ? named : plainlyNamed(found, count);
            }
        }
        int[] sentenceStarts = Sentences.starts(text);
        List<Mention> mentions = new ArrayList<>(count);
        for (int m = 0; m < count; m++) {
            int start = found[3 * m + 1];
            int end = found[3 * m + 2];
            AliasEntry entry = entries[found[3 * m + 3]];
            if (entry.conditional() && !entry.requires().intersects(named)) {
                continue;
            }
            Entity entity = entities[entry.entity()];
            if (entity.type() == EntityType.REGULATOR && entry.writtenInMixedCase()
                    && Datelines.isDateline(text, start, end)) {
                continue;
            }
            mentions.add(new Mention(entity.id(), entity.type(), entity.name(), text.substring(start, end),
                    start, end, sentenceOf(sentenceStarts, start)));
        }
        return mentions;
    }

    /**
     * The raw matches: {@code [count, start0, end0, entry0, start1, ...]}. Ignore phrases are
     * consumed here and not reported.
     */
    private int[] scan(String text) {
        final int n = text.length();
        int[] found = new int[1 + 3 * 8];
        int count = 0;
        int[] candEnd = new int[MAX_CANDIDATES];
        int[] candNode = new int[MAX_CANDIDATES];
        int previousEnd = 0;
        int i = 0;
        while (i < n) {
            if (Fold.classOf(text.charAt(i)) == Fold.OTHER) {
                i++;
                continue;
            }
            long match = longestAt(text, i, previousEnd, candEnd, candNode);
            if (match < 0) {
                i = wordEnd(text, i);
                continue;
            }
            int entry = (int) (match >>> 32);
            int end = (int) match;
            if (entries[entry].entity() != AliasEntry.IGNORE) {
                if (3 * count + 4 > found.length) {
                    found = Arrays.copyOf(found, found.length * 2);
                }
                found[3 * count + 1] = i;
                found[3 * count + 2] = end;
                found[3 * count + 3] = entry;
                count++;
            }
            previousEnd = end;
            i = end;
        }
        found[0] = count;
        return found;
    }

    /**
     * The longest alias that starts at word start {@code i} and passes its case and context
     * rules, as {@code entry << 32 | end}, or -1. Walks the trie as far as the text allows,
     * noting every accepting node that ends on a word boundary, then tries them longest first.
     */
    private long longestAt(String text, int i, int previousEnd, int[] candEnd, int[] candNode) {
        final int n = text.length();
        final char[] codeOf = trie.codeOf;
        final int space = trie.spaceCode;
        int cands = 0;
        int node = 0;
        boolean lastSpace = false;
        for (int j = i; j < n; j++) {
            int code = codeOf[text.charAt(j)];
            if (code == AliasTrie.SKIP) {
                continue;
            }
            if (code == space) {
                if (lastSpace) {
                    continue;
                }
                lastSpace = true;
            } else {
                lastSpace = false;
            }
            node = trie.step(node, code);
            if (node == 0) {
                break;
            }
            if (trie.accepts(node)) {
                int end = j + 1;
                while (end < n && Fold.classOf(text.charAt(end)) == Fold.SKIP) {
                    end++;
                }
                if (end == n || Fold.isBoundary(text.charAt(end))) {
                    if (cands == MAX_CANDIDATES) {
                        System.arraycopy(candEnd, 1, candEnd, 0, cands - 1);
                        System.arraycopy(candNode, 1, candNode, 0, cands - 1);
                        cands--;
                    }
                    candEnd[cands] = end;
                    candNode[cands] = node;
                    cands++;
                }
            }
        }
        for (int k = cands - 1; k >= 0; k--) {
            for (int p = trie.acceptStart[candNode[k]]; p < trie.acceptEnd[candNode[k]]; p++) {
                AliasEntry entry = entries[trie.payloads[p]];
                if (entry.caseMatches(text, i, candEnd[k]) && entry.contextAllows(text, i, previousEnd)) {
                    return ((long) trie.payloads[p] << 32) | candEnd[k];
                }
            }
        }
        return -1;
    }

    private static int wordEnd(String text, int from) {
        int i = from;
        while (i < text.length() && Fold.classOf(text.charAt(i)) != Fold.OTHER) {
            i++;
        }
        return i;
    }

    private BitSet plainlyNamed(int[] found, int count) {
        BitSet named = new BitSet(entities.length);
        for (int m = 0; m < count; m++) {
            AliasEntry entry = entries[found[3 * m + 3]];
            if (!entry.conditional()) {
                named.set(entry.entity());
            }
        }
        return named;
    }

    private static int sentenceOf(int[] starts, int offset) {
        int pos = Arrays.binarySearch(starts, offset);
        return pos >= 0 ? pos : Math.max(0, -pos - 2);
    }

    @Override
    public String toString() {
        return "Tagger[" + watchlist + ", " + entries.length + " aliases, " + trie + "]";
    }
}
