package io.chipwatch.tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the {@code case: / text: / expect:} tables under {@code src/test/resources/tag/}. */
final class SentenceTable {

    /** One expected mention: entity id and the text as written. */
    record Expected(String entity, String surface) {
        @Override
        public String toString() {
            return entity + "=" + surface;
        }
    }

    /** One row of the table. */
    record Case(String name, String text, List<Expected> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private SentenceTable() {
    }

    static List<Case> read(String resource) {
        String content;
        try (InputStream in = SentenceTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Case> cases = new ArrayList<>();
        String name = null;
        String text = null;
        for (String line : content.split("\n")) {
            if (line.startsWith("case:")) {
                name = line.substring(5).strip();
            } else if (line.startsWith("text:")) {
                text = line.substring(5).strip();
            } else if (line.startsWith("expect:")) {
                String spec = line.substring(7).strip();
                List<Expected> expected = spec.isEmpty() ? List.of() : Arrays.stream(spec.split(" \\| "))
                        .map(s -> s.split("=", 2))
                        .map(p -> new Expected(p[0].strip(), p[1].strip()))
                        .toList();
                cases.add(new Case(name, text, expected));
                name = null;
                text = null;
            }
        }
        return cases;
    }
}
