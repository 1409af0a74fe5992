package io.chipwatch.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Undoes {@code Content-Encoding: gzip} or {@code deflate}, stopping as soon as the decoded size
 * passes the cap: a few kilobytes of gzip can expand to gigabytes (a "gzip bomb").
 */
final class Decoding {

    private Decoding() {
    }

    static byte[] decode(byte[] body, String contentEncoding, long cap) throws FetchException {
        String encoding = contentEncoding == null ? "identity" : contentEncoding.trim().toLowerCase(Locale.ROOT);
        try {
            return switch (encoding) {
                case "", "identity" -> body;
                case "gzip", "x-gzip" -> readCapped(new GZIPInputStream(new ByteArrayInputStream(body)), cap);
                case "deflate" -> inflate(body, cap);
                default -> throw new FetchException("unsupported Content-Encoding '" + encoding + "'");
            };
        } catch (IOException e) {
            throw new FetchException("broken " + encoding + " body: " + e.getMessage(), e);
        }
    }

    /** "deflate" is meant to be zlib-wrapped, but some servers send raw deflate; accept both. */
    private static byte[] inflate(byte[] body, long cap) throws IOException, FetchException {
        try {
            return inflate(body, cap, false);
        } catch (ZipException e) {
            return inflate(body, cap, true);
        }
    }

    private static byte[] inflate(byte[] body, long cap, boolean raw) throws IOException, FetchException {
        Inflater inflater = new Inflater(raw);
        try {
            return readCapped(new InflaterInputStream(new ByteArrayInputStream(body), inflater), cap);
        } finally {
            inflater.end();
        }
    }

    private static byte[] readCapped(InputStream in, long cap) throws IOException, FetchException {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] chunk = new byte[8192];
            int n;
            while ((n = in.read(chunk)) > 0) {
                if (out.size() + (long) n > cap) {
                    throw new FetchException("decoded body larger than " + cap + " bytes");
                }
                out.write(chunk, 0, n);
            }
            return out.toByteArray();
        }
    }
}
