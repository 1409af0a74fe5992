package io.chipwatch.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chipwatch.article.Article;
import io.chipwatch.article.ArticleRef;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class JsonSerdeTest {

    private final JsonSerde<Article> serde = JsonSerde.of(Article.class);

    @Test
    void shouldRoundTripAnArticleAsPlainJson() {
        // given
        Article article = new Article("a1", "https://example.org/a", "Titre", Instant.parse("2025-08-12T00:00:00Z"),
                "fr", "example.org", "Pékin a ordonné...", null, null);

        // when
        byte[] bytes = serde.serialize("t", article);

        // then
        String json = new String(bytes, StandardCharsets.UTF_8);
        assertThat(json).contains("\"published\":\"2025-08-12T00:00:00Z\"").doesNotContain("fetchedAt");
        assertThat(serde.deserialize("t", bytes)).isEqualTo(article);
    }

    @Test
    void shouldWriteStateInstantsAsMillisAndStillReadIsoText() {
        // given
        JsonSerde<ArticleRef> state = JsonSerde.forState(ArticleRef.class);
        ArticleRef ref = new ArticleRef("a1", "https://example.org/a", "Titre", "example.org",
                Instant.parse("2025-08-12T10:15:30.250Z"));
        byte[] iso = JsonSerde.of(ArticleRef.class).serialize("t", ref);

        // when
        byte[] compact = state.serialize("t", ref);

        // then
        assertThat(new String(compact, StandardCharsets.UTF_8)).contains("\"published\":1754993730250");
        assertThat(state.deserialize("t", compact)).isEqualTo(ref);
        assertThat(state.deserialize("t", iso)).isEqualTo(ref);
    }

    @Test
    void shouldPassTombstonesThrough() {
        assertThat(serde.serialize("t", null)).isNull();
        assertThat(serde.deserialize("t", null)).isNull();
    }

    @Test
    void shouldRejectBadJsonWithASerializationException() {
        byte[] garbage = "{not json".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> serde.deserialize("chipwatch.articles", garbage))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("not a valid Article on chipwatch.articles");
    }

    @Test
    void shouldRejectWrongTypesAndMissingText() {
        byte[] numberText = "{\"text\": 42}".getBytes(StandardCharsets.UTF_8);
        byte[] noText = "{\"title\": \"t\"}".getBytes(StandardCharsets.UTF_8);
        byte[] badDate = "{\"text\": \"x\", \"published\": \"yesterday\"}".getBytes(StandardCharsets.UTF_8);
        byte[] literalNull = "null".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> serde.deserialize("t", numberText)).isInstanceOf(SerializationException.class);
        assertThatThrownBy(() -> serde.deserialize("t", noText)).isInstanceOf(SerializationException.class);
        assertThatThrownBy(() -> serde.deserialize("t", badDate)).isInstanceOf(SerializationException.class);
        assertThatThrownBy(() -> serde.deserialize("t", literalNull)).isInstanceOf(SerializationException.class);
    }
}
