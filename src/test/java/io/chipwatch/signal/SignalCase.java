package io.chipwatch.signal;

import java.util.List;

/**
 * One row of the fixture {@code src/test/resources/signals/cases.yaml}: a text in news style,
 * the mentions the tagger would find, and what the detector must say about it.
 *
 * @param name      behaviour under test, used as the test's display name
 * @param published the article's date, ISO-8601 (optional)
 * @param title     headline (optional)
 * @param text      one or a few sentences
 * @param mentions  {@code surface=entity-id} items
 * @param expect    signals that must be found; the alertable ones among them are all the alerts there may be
 */
record SignalCase(String name, String published, String title, String text, List<String> mentions, List<Expected> expect) {

    /**
     * An expected signal.
     *
     * @param actor      regulator id
     * @param action     action name
     * @param target     main target (first of targets), or absent when there should be none
     * @param targets    the full ordered target list, when the case checks it
     * @param background expected background flag (default false)
     * @param alert      whether it must be alertable (default: true unless background)
     */
    record Expected(String actor, String action, String target, List<String> targets, Boolean background, Boolean alert) {

        boolean isBackground() {
            return background != null && background;
        }

        boolean isAlert() {
            return alert != null ? alert : !isBackground();
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
