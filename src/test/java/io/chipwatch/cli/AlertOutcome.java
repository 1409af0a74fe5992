package io.chipwatch.cli;

import io.chipwatch.alert.Alert;
import io.chipwatch.alert.AlertStatus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a reader of the alerts topic learns from a run, in terms that do not depend on the order
 * in which partitions were processed: for each alert key, how many updates it received and its
 * final article and outlet counts; and the records that repeat one already read.
 *
 * <p>Order does change one thing, on purpose: an easing read before the ban it reverses is raised
 * as {@code NEW}, then re-emitted as {@code REVERSAL} once the ban arrives. So the opening
 * records of a key are not compared one for one, but a key is never opened twice with the same
 * status.
 *
 * @param perKey     "updates=U final=A/S" for each key: U updates, A articles from S outlets at the end
 * @param duplicates records equal in key, status and article count to an earlier one
 */
record AlertOutcome(Map<String, String> perKey, List<String> duplicates) {

    static AlertOutcome of(List<Alert> alerts) {
        Map<String, Integer> updates = new TreeMap<>();
        Map<String, String> last = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        for (Alert a : alerts) {
            String identity = a.key() + " " + a.status() + " " + a.articleCount();
            if (!seen.add(identity)) {
                duplicates.add(identity);
            }
            updates.merge(a.key(), a.status() == AlertStatus.UPDATED ? 1 : 0, Integer::sum);
            // The last record of a key is what the compacted topic keeps; counts only grow.
            last.merge(a.key(), a.articleCount() + "/" + a.sourceCount(), (before, after) -> after);
        }
        Map<String, String> perKey = new TreeMap<>();
        last.forEach((key, counts) -> perKey.put(key, "updates=" + updates.get(key) + " final=" + counts));
        return new AlertOutcome(perKey, duplicates);
    }
}
