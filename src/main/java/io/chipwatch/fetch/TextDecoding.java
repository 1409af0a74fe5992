package io.chipwatch.fetch;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes to text for feeds and pages. The charset comes from the HTTP header, else a byte-order
 * mark, else the document's own declaration ({@code <?xml encoding?>} or {@code <meta charset>}),
 * else UTF-8. Bytes that are not valid in that charset become U+FFFD and a warning: one broken
 * character must not cost a whole feed.
 */
final class TextDecoding {

    private static final Pattern DECLARED = Pattern.compile(
            "(?:encoding|charset)\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final int SNIFF_BYTES = 2048;

    /** Decoded text, and a warning when some bytes had to be replaced. */
    record Decoded(String text, Optional<String> warning) {
    }

    private TextDecoding() {
    }

    static Decoded decode(byte[] bytes, Optional<Charset> fromHeader) {
        int skip = 0;
        Charset charset = fromHeader.orElse(null);
        if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
            charset = StandardCharsets.UTF_8;
            skip = 3;
        } else if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            charset = StandardCharsets.UTF_16;
        }
        if (charset == null) {
            charset = declared(bytes).orElse(StandardCharsets.UTF_8);
        }
        ByteBuffer input = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        try {
            return new Decoded(decode(input.duplicate(), charset, CodingErrorAction.REPORT), Optional.empty());
        } catch (CharacterCodingException malformed) {
            try {
                return new Decoded(decode(input.duplicate(), charset, CodingErrorAction.REPLACE),
                        Optional.of("invalid " + charset.name() + " bytes replaced"));
            } catch (CharacterCodingException cannotHappen) {
                throw new IllegalStateException("a replacing decoder reported an error", cannotHappen);
            }
        }
    }

    private static String decode(ByteBuffer input, Charset charset, CodingErrorAction onError)
            throws CharacterCodingException {
        CharBuffer chars = charset.newDecoder()
                .onMalformedInput(onError)
                .onUnmappableCharacter(onError)
                .decode(input);
        return chars.toString();
    }

    private static Optional<Charset> declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        if (!m.find()) {
            return Optional.empty();
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (List.of("utf-16", "utf-16le", "utf-16be").contains(name)) {
            // Declared in ASCII bytes, so the document is not really UTF-16.
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
