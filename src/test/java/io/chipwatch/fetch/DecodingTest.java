package io.chipwatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class DecodingTest {

    private static final byte[] TEXT = "<rss>export controls</rss>".getBytes(StandardCharsets.UTF_8);

    @Test
    void shouldDecodeGzipAndBothKindsOfDeflate() throws Exception {
        // when / then
        assertThat(Decoding.decode(gzip(TEXT), "gzip", 1000)).isEqualTo(TEXT);
        assertThat(Decoding.decode(deflate(TEXT, false), "deflate", 1000)).isEqualTo(TEXT);
        assertThat(Decoding.decode(deflate(TEXT, true), "Deflate", 1000)).isEqualTo(TEXT);
        assertThat(Decoding.decode(TEXT, null, 1000)).isEqualTo(TEXT);
    }

    @Test
    void shouldStopAtTheCap() throws Exception {
        // when / then
        assertThatThrownBy(() -> Decoding.decode(gzip(new byte[100_000]), "gzip", 10_000))
                .hasMessage("decoded body larger than 10000 bytes");
    }

    @Test
    void shouldReportBrokenAndUnknownEncodings() {
        // when / then
        assertThatThrownBy(() -> Decoding.decode(TEXT, "gzip", 1000)).hasMessageStartingWith("broken gzip body");
        assertThatThrownBy(() -> Decoding.decode(TEXT, "br", 1000)).hasMessage("unsupported Content-Encoding 'br'");
    }

    private static byte[] gzip(byte[] data) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] data, boolean raw) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, raw);
        try (DeflaterOutputStream z = new DeflaterOutputStream(out, deflater)) {
            z.write(data);
        }
        deflater.end();
        return out.toByteArray();
    }
}
