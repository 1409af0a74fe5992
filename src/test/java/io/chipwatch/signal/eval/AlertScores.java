package io.chipwatch.signal.eval;

import io.chipwatch.alert.AlertStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The judge's view of one replay: precision of NEW/REVERSAL alerts, recall of the required
 * events, duplicate NEW/REVERSAL alerts per event, and alerts raised or updated by unrelated
 * articles. {@link #report()} lists every mistake so a rule change can be traced.
 */
record AlertScores(int opened, int correct, int required, int found, int duplicates, int unrelatedAlerts,
        List<String> wrong, List<String> missed, List<String> duplicated, List<String> unrelated) {

    static AlertScores of(AnswerKey answers, List<AlertReplay.Raised> raised) {
        int opened = 0;
        int correct = 0;
        List<String> wrong = new ArrayList<>();
        Map<String, List<String>> openedByEvent = new LinkedHashMap<>();
        for (AlertReplay.Raised r : raised) {
            if (r.alert().status() == AlertStatus.UPDATED) {
                continue;
            }
            opened++;
            Optional<AnswerKey.Event> event = answers.events().stream()
                    .filter(e -> e.explains(r.alert().key(), r.articleId())).findFirst();
            if (event.isPresent()) {
                correct++;
                openedByEvent.computeIfAbsent(event.get().id(), id -> new ArrayList<>())
                        .add(r.alert().key() + " @" + r.articleId());
            } else {
                wrong.add(line(r));
            }
        }
        int required = 0;
        int found = 0;
        List<String> missed = new ArrayList<>();
        for (AnswerKey.Event e : answers.events()) {
            if (e.optional()) {
                continue;
            }
            required++;
            if (raised.stream().anyMatch(r -> e.explains(r.alert().key(), r.articleId()))) {
                found++;
            } else {
                missed.add(e.id() + " " + e.keys().get(0));
            }
        }
        int duplicates = 0;
        List<String> duplicated = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : openedByEvent.entrySet()) {
            if (entry.getValue().size() > 1) {
                duplicates += entry.getValue().size() - 1;
                duplicated.add(entry.getKey() + " " + entry.getValue());
            }
        }
        List<String> unrelated = raised.stream().filter(r -> answers.unrelated().contains(r.articleId()))
                .map(AlertScores::line).toList();
        return new AlertScores(opened, correct, required, found, duplicates, unrelated.size(),
                wrong, missed, duplicated, unrelated);
    }

    double precision() {
        return opened == 0 ? 1.0 : (double) correct / opened;
    }

    double recall() {
        return required == 0 ? 1.0 : (double) found / required;
    }

    String report() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT,
                "NEW/REVERSAL precision %.3f (%d/%d)  event recall %.3f (%d/%d)  duplicate NEWs %d  alerts on unrelated articles %d%n",
                precision(), correct, opened, recall(), found, required, duplicates, unrelatedAlerts));
        section(out, "wrong NEW/REVERSAL", wrong);
        section(out, "missed events", missed);
        section(out, "duplicated events", duplicated);
        section(out, "alerts on unrelated articles", unrelated);
        return out.toString();
    }

    private static void section(StringBuilder out, String title, List<String> lines) {
        if (!lines.isEmpty()) {
            out.append(title).append(':').append(System.lineSeparator());
            lines.forEach(l -> out.append("  ").append(l).append(System.lineSeparator()));
        }
    }

    private static String line(AlertReplay.Raised r) {
        String evidence = r.signal().evidence().replaceAll("\\s+", " ");
        return r.alert().status() + " " + r.alert().key() + " @" + r.articleId() + " [" + r.signal().rule() + "] «"
                + (evidence.length() > 160 ? evidence.substring(0, 160) + "…" : evidence) + "»";
    }
}
