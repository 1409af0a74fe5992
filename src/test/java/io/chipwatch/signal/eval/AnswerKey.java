package io.chipwatch.signal.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The answer key of an evaluation corpus ({@code eval/events.yaml}): the real developments its
 * articles report, with the alert keys a correct alert may carry, and the articles that report
 * nothing at all.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
record AnswerKey(List<Event> events, List<String> unrelated) {

    AnswerKey {
        events = List.copyOf(Objects.requireNonNull(events, "events"));
        unrelated = List.copyOf(Objects.requireNonNull(unrelated, "unrelated"));
    }

    /**
     * @param optional a development only mentioned in passing: an alert on it is right, missing it is no fault
     */
    record Event(String id, String what, List<String> keys, List<String> articles, boolean optional) {

        Event {
            Objects.requireNonNull(id, "id");
            keys = List.copyOf(Objects.requireNonNull(keys, "keys of " + id));
            articles = List.copyOf(Objects.requireNonNull(articles, "articles of " + id));
        }

        boolean explains(String key, String articleId) {
            return keys.contains(key) && articles.contains(articleId);
        }
    }

    static AnswerKey load(Path yaml) {
        try {
            return new ObjectMapper(new YAMLFactory()).readValue(yaml.toFile(), AnswerKey.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read answer key " + yaml + ": " + e.getMessage(), e);
        }
    }
}
