package io.chipwatch.extract;

import java.util.HashMap;
import java.util.Map;

/**
 * Token-level precision, recall and F1 of an extracted text against the expected one, as article
 * extraction benchmarks score it: both texts split on whitespace, compared as bags of tokens.
 */
record TokenScore(double precision, double recall, double f1) {

    static TokenScore of(String extracted, String expected) {
        Map<String, Integer> want = bag(expected);
        Map<String, Integer> got = bag(extracted);
        int wanted = want.values().stream().mapToInt(Integer::intValue).sum();
        int found = got.values().stream().mapToInt(Integer::intValue).sum();
        if (wanted == 0 && found == 0) {
            return new TokenScore(1, 1, 1);
        }
        int common = 0;
        for (Map.Entry<String, Integer> token : got.entrySet()) {
            common += Math.min(token.getValue(), want.getOrDefault(token.getKey(), 0));
        }
        double precision = found == 0 ? 0 : (double) common / found;
        double recall = wanted == 0 ? 0 : (double) common / wanted;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new TokenScore(precision, recall, f1);
    }

    private static Map<String, Integer> bag(String text) {
        Map<String, Integer> bag = new HashMap<>();
        for (String token : text.strip().split("[\\s\u00a0]+")) {
            if (!token.isEmpty()) {
                bag.merge(token, 1, Integer::sum);
            }
        }
        return bag;
    }
}
