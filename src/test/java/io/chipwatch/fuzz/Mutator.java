package io.chipwatch.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Turns a valid input into a nearly valid one, the way broken servers and careless editors do:
 * truncation, a flipped or deleted byte, a duplicated or swapped slice, a token that parsers
 * treat specially dropped in at random.
 */
final class Mutator {

    /** Fragments that stress markup, YAML, JSON and text handling. */
    private static final List<String> TOKENS = List.of("<", ">", "</", "<![CDATA[", "]]>", "&", "&#x0;", "&amp;",
            "\"", "'", ":", "- ", "\n", "\r\n", "\t", "{", "}", "[", "]", "\u0000", "\uFFFD", "\uD800", "é", "’",
            "\u202E", "<script>", "<!--", "-->", "<?xml version=\"1.0\"?>", "<!DOCTYPE x [<!ENTITY e \"e\">]>",
            "&e;", "*anchor", "&anchor ", "!!binary ", "... ", "H20", "Nvidia", ". ", "?", "…");

    private final Random random;

    Mutator(long seed) {
        this.random = new Random(seed);
    }

    byte[] mutate(byte[] input) {
        byte[] out = input;
        int rounds = 1 + random.nextInt(8);
        for (int i = 0; i < rounds; i++) {
            out = once(out);
        }
        return out;
    }

    String mutate(String input) {
        return new String(mutate(input.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    private byte[] once(byte[] in) {
        if (in.length == 0) {
            return token();
        }
        int at = random.nextInt(in.length);
        return switch (random.nextInt(6)) {
            case 0 -> Arrays.copyOf(in, at);
            case 1 -> {
                byte[] out = in.clone();
                out[at] = (byte) random.nextInt(256);
                yield out;
            }
            case 2 -> concat(Arrays.copyOf(in, at), Arrays.copyOfRange(in, Math.min(in.length, at + 1 + random.nextInt(64)), in.length));
            case 3 -> {
                int end = Math.min(in.length, at + 1 + random.nextInt(256));
                yield concat(Arrays.copyOf(in, end), Arrays.copyOfRange(in, at, in.length));
            }
            case 4 -> concat(concat(Arrays.copyOf(in, at), token()), Arrays.copyOfRange(in, at, in.length));
            default -> {
                int other = random.nextInt(in.length);
                int from = Math.min(at, other);
                int to = Math.max(at, other);
                yield concat(concat(Arrays.copyOfRange(in, to, in.length), Arrays.copyOfRange(in, from, to)),
                        Arrays.copyOf(in, from));
            }
        };
    }

    private byte[] token() {
        return TOKENS.get(random.nextInt(TOKENS.size())).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
