package io.chipwatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextDecodingTest {

    @Test
    void shouldFollowTheCharsetDeclaredInAPage() {
        // given
        byte[] page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
                .concat("</head><body>Pékin – “H20”</body></html>").getBytes(Charset.forName("windows-1252"));

        // when
        TextDecoding.Decoded decoded = TextDecoding.decode(page, Optional.empty());

        // then
        assertThat(decoded.text()).contains("Pékin – “H20”");
        assertThat(decoded.warning()).isEmpty();
    }

    @Test
    void shouldFollowTheEncodingOfAnXmlDeclaration() {
        // given
        byte[] feed = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><title>Réglementation</title></rss>"
                .getBytes(StandardCharsets.ISO_8859_1);

        // when / then
        assertThat(TextDecoding.decode(feed, Optional.empty()).text()).contains("Réglementation");
    }

    @Test
    void shouldDropAUtf8ByteOrderMark() {
        // given
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '<', 'r', 's', 's', '/', '>'};

        // when / then
        assertThat(TextDecoding.decode(bom, Optional.of(StandardCharsets.ISO_8859_1)).text()).isEqualTo("<rss/>");
    }

    @Test
    void shouldReplaceInvalidBytesAndSaySo() {
        // given
        byte[] broken = {'c', 'a', 'f', (byte) 0xE9, ' ', (byte) 0xFF};

        // when
        TextDecoding.Decoded decoded = TextDecoding.decode(broken, Optional.empty());

        // then
        assertThat(decoded.text()).isEqualTo("caf\uFFFD \uFFFD");
        assertThat(decoded.warning()).contains("invalid UTF-8 bytes replaced");
    }
}
